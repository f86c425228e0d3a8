package com.yuanjing.itsm.capacity;

/** Whether a monitoring alert still fires or has been resolved by the monitoring system. */
public enum AlertStatus {
  FIRING,
  RESOLVED
}
