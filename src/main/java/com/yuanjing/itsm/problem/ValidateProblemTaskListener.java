package com.yuanjing.itsm.problem;

import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.TaskFormListener;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The server-side check of every problem task form. */
@Component("validateProblemTaskListener")
public class ValidateProblemTaskListener extends TaskFormListener {

  private final ProblemTaskFormValidator validator;

  public ValidateProblemTaskListener(ProblemTaskFormValidator validator) {
    this.validator = validator;
  }

  @Override
  protected List<FieldError> check(String taskId, Map<String, Object> values, String user) {
    return validator.validate(taskId, values);
  }
}
