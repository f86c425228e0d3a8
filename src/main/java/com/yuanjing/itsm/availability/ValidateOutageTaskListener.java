package com.yuanjing.itsm.availability;

import static com.yuanjing.itsm.availability.AvailabilityProcess.Elements.*;
import static com.yuanjing.itsm.availability.AvailabilityProcess.Variables.*;

import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.TaskFormListener;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The server-side check of the outage process's task forms. */
@Component("validateOutageTaskListener")
public class ValidateOutageTaskListener extends TaskFormListener {

  private final OutageRegistration registration;

  public ValidateOutageTaskListener(OutageRegistration registration) {
    this.registration = registration;
  }

  @Override
  protected List<FieldError> check(String taskId, Map<String, Object> values, String user) {
    return switch (taskId) {
      case TASK_CONFIRM_RESTORATION -> registration.validateRestoration(values);
      case TASK_REVIEW_OUTAGE -> registration.validateReview(values);
      default -> throw new IllegalStateException("No form check for task " + taskId);
    };
  }

  @Override
  protected void accepted(DelegateExecution execution) {
    if (TASK_CONFIRM_RESTORATION.equals(execution.getCurrentActivityId())) {
      execution.setVariable(RESTORED_AT, registration.toDate(execution.getVariable(RESTORED_AT)));
    } else if (TASK_REVIEW_OUTAGE.equals(execution.getCurrentActivityId())) {
      Object decision = execution.getVariable(PROBLEM_DECISION);
      Object key = execution.getVariable(PROBLEM_KEY);
      // only a linked problem is kept from the form; a raised one gets its key when it is raised
      execution.setVariable(PROBLEM_KEY, AvailabilityProcess.ProblemDecision.LINK.equals(decision)
          ? ((String) key).strip() : null);
    }
  }
}
