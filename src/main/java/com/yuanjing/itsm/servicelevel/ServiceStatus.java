package com.yuanjing.itsm.servicelevel;

/** Where a catalogue entry stands. Only PUBLISHED services can be chosen in the processes. */
public enum ServiceStatus {
  /** A new service whose service level management process has not published it yet. */
  DRAFT,
  PUBLISHED,
  /** No longer offered; its versions stay in the catalogue. */
  RETIRED
}
