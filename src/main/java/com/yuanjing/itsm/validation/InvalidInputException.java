package com.yuanjing.itsm.validation;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Input that must not change anything: every bad field is named, in Chinese. It is the engine's form
 * validation failure, so that Camunda's REST API answers 400 and Tasklist shows the message on the form.
 */
public class InvalidInputException extends FormFieldValidationException {

  private final transient List<FieldError> errors;

  public InvalidInputException(String summary, List<FieldError> errors) {
    super(List.copyOf(errors), summary + "：" + errors.stream().map(FieldError::describe).collect(Collectors.joining("；")));
    this.errors = List.copyOf(errors);
  }

  /** Refuses the input when any field is bad; does nothing otherwise. */
  public static void throwIfAny(String summary, List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(summary, errors);
    }
  }

  public List<FieldError> errors() {
    return errors;
  }
}
