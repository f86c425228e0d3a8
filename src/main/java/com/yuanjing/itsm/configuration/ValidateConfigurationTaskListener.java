package com.yuanjing.itsm.configuration;

import static com.yuanjing.itsm.configuration.ConfigurationItemService.blankToNull;
import static com.yuanjing.itsm.configuration.ConfigurationProcess.Elements.*;
import static com.yuanjing.itsm.configuration.ConfigurationProcess.Variables.*;

import com.yuanjing.itsm.identity.Requesters;
import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.TaskFormListener;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The server-side check of the configuration process's task forms. An accepted check records who
 * checked; an accepted verification is recorded as the audit's result for the item (and corrects it
 * when it was inaccurate) in the completion's transaction.
 */
@Component("validateConfigurationTaskListener")
public class ValidateConfigurationTaskListener extends TaskFormListener {

  private final ConfigurationTaskFormValidator validator;
  private final ConfigurationAuditService audits;

  public ValidateConfigurationTaskListener(ConfigurationTaskFormValidator validator, ConfigurationAuditService audits) {
    this.validator = validator;
    this.audits = audits;
  }

  /** The requester is who started the request, whatever a completion wrote into the variable. */
  @Override
  protected Map<String, Object> values(DelegateExecution execution) {
    return Requesters.variablesWithRequester(execution, REQUESTED_BY);
  }

  @Override
  protected List<FieldError> check(String taskId, Map<String, Object> values, String user) {
    return validator.validate(taskId, values, user);
  }

  @Override
  protected void accepted(DelegateExecution execution) {
    // the check passed, so a verification has an authenticated user
    Authentication authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String user = authentication == null ? null : authentication.getUserId();
    if (TASK_CHECK_CONFIGURATION_REQUEST.equals(execution.getCurrentActivityId())) {
      execution.getProcessInstance().setVariable(CHECKED_BY, user);
      return;
    }
    boolean accurate = "ACCURATE".equals(execution.getVariable(VERIFICATION_RESULT));
    audits.record(new ConfigurationAuditResult(execution.getProcessBusinessKey(),
        ((Number) execution.getVariable(ITEM_ID)).longValue(), ((Number) execution.getVariable(ITEM_REVISION)).intValue(),
        accurate, blankToNull(execution.getVariable(FINDING)),
        accurate ? null : blankToNull(execution.getVariable(CORRECTED_VERSION)),
        accurate ? null : blankToNull(execution.getVariable(CORRECTED_LOCATION)),
        accurate ? null : blankToNull(execution.getVariable(CORRECTED_DESCRIPTION)),
        user, ClockUtil.getCurrentTime().toInstant()));
  }
}
