package com.yuanjing.itsm.validation;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import java.util.stream.Collectors;

/**
 * Input that must not change anything: every bad field is named, in Chinese. A bad-request exception of
 * the engine, so that Camunda's REST API and Tasklist answer 400 with this message.
 */
public class InvalidInputException extends BadUserRequestException {

  private final transient List<FieldError> errors;

  public InvalidInputException(String summary, List<FieldError> errors) {
    super(summary + "：" + errors.stream().map(FieldError::describe).collect(Collectors.joining("；")));
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
