package com.yuanjing.itsm.servicelevel;

import com.yuanjing.itsm.sla.BusinessCalendarProperties;
import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.TaskFormListener;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** The server-side check of every service level management task form; the signer becomes the publisher. */
@Component("validateServiceLevelTaskListener")
public class ValidateServiceLevelTaskListener extends TaskFormListener {

  private final ServiceLevelTaskFormValidator validator;
  private final ZoneId zone;

  @Autowired
  public ValidateServiceLevelTaskListener(IdentityService identityService, BusinessCalendarProperties calendar) {
    this(ServiceLevelTaskFormValidator.withUsersOf(identityService), calendar.zone());
  }

  public ValidateServiceLevelTaskListener(ServiceLevelTaskFormValidator validator, ZoneId zone) {
    this.validator = validator;
    this.zone = zone;
  }

  @Override
  protected List<FieldError> check(String taskId, Map<String, Object> values, String user) {
    return validator.validate(taskId, values, LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone));
  }

  @Override
  protected void accepted(DelegateExecution execution) {
    if (ServiceLevelProcess.Elements.TASK_SIGN_SLA.equals(execution.getCurrentActivityId())) {
      Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
      execution.getProcessInstance().setVariable(ServiceLevelProcess.Variables.SIGNED_BY,
          user == null ? null : user.getUserId());
    }
  }
}
