package com.yuanjing.itsm.web;

/** A write based on a state of the record that has changed since it was read: HTTP 409. */
public class ConflictException extends RuntimeException {

  public ConflictException(String message) {
    super(message);
  }
}
