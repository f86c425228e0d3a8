package com.yuanjing.itsm.incident;

import static com.yuanjing.itsm.incident.IncidentProcess.Elements.*;

import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.InvalidInputException;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Refuses the completion of an incident task whose form values are incomplete or too long; the completion is rolled
 * back with the submitted values, so nothing changes and the user sees every bad field. An execution
 * listener on the task's end, because the engine hands its exceptions on as they are (a task listener's
 * would be wrapped, and the REST API would answer 500 instead of 400).
 */
@Component("validateTaskFormListener")
public class ValidateTaskFormListener implements ExecutionListener {

  private final IncidentTaskFormValidator validator;

  public ValidateTaskFormListener(IncidentTaskFormValidator validator) {
    this.validator = validator;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return; // ended by a timer (the customer did not answer), not completed by a user
    }
    List<FieldError> errors = switch (execution.getCurrentActivityId()) {
      case TASK_ACCEPT_INCIDENT -> validator.validateAcceptance(execution.getVariables());
      case TASK_RESOLVE_INCIDENT -> validator.validateResolution(execution.getVariables());
      case TASK_WAIT_FOR_CUSTOMER -> validator.validateCustomerReply(execution.getVariables());
      case TASK_REVIEW_ESCALATION -> validator.validateEscalationReview(execution.getVariables());
      case TASK_REVIEW_MAJOR_INCIDENT -> validator.validateMajorIncidentReview(execution.getVariables());
      case TASK_CONFIRM_RESOLUTION -> validator.validateConfirmation(execution.getVariables());
      default -> throw new IllegalStateException("No form check for task " + execution.getCurrentActivityId());
    };
    if (!errors.isEmpty()) {
      throw new InvalidInputException("表单有误，请修正以下字段", errors);
    }
  }
}
