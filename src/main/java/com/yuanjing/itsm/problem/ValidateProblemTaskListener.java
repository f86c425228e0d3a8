package com.yuanjing.itsm.problem;

import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.InvalidInputException;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Refuses the completion of a problem task whose form values are incomplete; the completion is rolled
 * back, so nothing changes. An execution listener on the task's end: its exceptions reach the caller as
 * they are (the REST API answers 400).
 */
@Component("validateProblemTaskListener")
public class ValidateProblemTaskListener implements ExecutionListener {

  private final ProblemTaskFormValidator validator;

  public ValidateProblemTaskListener(ProblemTaskFormValidator validator) {
    this.validator = validator;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    List<FieldError> errors = validator.validate(execution.getCurrentActivityId(), execution.getVariables());
    if (!errors.isEmpty()) {
      throw new InvalidInputException("表单有误，请修正以下字段", errors);
    }
  }
}
