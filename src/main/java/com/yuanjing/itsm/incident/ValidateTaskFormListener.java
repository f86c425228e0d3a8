package com.yuanjing.itsm.incident;

import static com.yuanjing.itsm.incident.IncidentProcess.Elements.*;

import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.TaskFormListener;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The server-side check of every incident task form. */
@Component("validateTaskFormListener")
public class ValidateTaskFormListener extends TaskFormListener {

  private final IncidentTaskFormValidator validator;

  public ValidateTaskFormListener(IncidentTaskFormValidator validator) {
    this.validator = validator;
  }

  @Override
  protected List<FieldError> check(String taskId, Map<String, Object> values, String user) {
    return switch (taskId) {
      case TASK_ACCEPT_INCIDENT -> validator.validateAcceptance(values);
      case TASK_RESOLVE_INCIDENT -> validator.validateResolution(values);
      case TASK_WAIT_FOR_CUSTOMER -> validator.validateCustomerReply(values);
      case TASK_REVIEW_ESCALATION -> validator.validateEscalationReview(values);
      case TASK_REVIEW_MAJOR_INCIDENT -> validator.validateMajorIncidentReview(values);
      case TASK_CONFIRM_RESOLUTION -> validator.validateConfirmation(values);
      default -> throw new IllegalStateException("No form check for task " + taskId);
    };
  }
}
