package com.yuanjing.itsm.identity;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * The suite's own refusal of a signed-in user, with a message in Chinese that tells them who may do it
 * (the engine's own authorization messages are English and are not shown to users).
 */
public class AccessRefusedException extends AuthorizationException {

  public AccessRefusedException(String message) {
    super(message);
  }
}
