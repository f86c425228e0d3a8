package com.yuanjing.itsm.web;

/** A record that does not exist, or that the current user may not see: both answer 404. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
