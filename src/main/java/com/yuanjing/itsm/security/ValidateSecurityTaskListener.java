package com.yuanjing.itsm.security;

import static com.yuanjing.itsm.security.SecurityIncidentProcess.Elements.*;
import static com.yuanjing.itsm.security.SecurityIncidentProcess.Variables.*;

import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.TaskFormListener;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The server-side check of every security incident task form. Records the facts the KPI reads: whether customer
 * information leaked and when that was confirmed (triage, or the investigation that found a leak), and when the customer was notified (completion of
 * 通知客户, compared with its deadline), plus who triaged, notified and reviewed.
 */
@Component("validateSecurityTaskListener")
public class ValidateSecurityTaskListener extends TaskFormListener {

  private final SecurityTaskFormValidator validator;

  public ValidateSecurityTaskListener(SecurityTaskFormValidator validator) {
    this.validator = validator;
  }

  @Override
  protected List<FieldError> check(String taskId, Map<String, Object> values, String user) {
    return validator.validate(taskId, values);
  }

  @Override
  protected void accepted(DelegateExecution execution) {
    DelegateExecution instance = execution.getProcessInstance();
    Authentication authentication =
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String user = authentication == null ? null : authentication.getUserId();
    Date now = ClockUtil.getCurrentTime();
    switch (execution.getCurrentActivityId()) {
      case TASK_TRIAGE_SECURITY_EVENT -> {
        boolean confirmed = SecurityTaskFormValidator.confirmed(execution.getVariables());
        boolean leaked = confirmed && Boolean.TRUE.equals(execution.getVariable(CUSTOMER_INFORMATION_EXPOSED));
        instance.setVariable(TRIAGED_BY, user);
        instance.setVariable(CUSTOMER_INFORMATION_LEAKED, leaked);
        if (confirmed) {
          // the decision table reads a long, whatever number type the form sent
          instance.setVariable(AFFECTED_CUSTOMERS, ((Number) execution.getVariable(AFFECTED_CUSTOMERS)).longValue());
        } else {
          instance.setVariable(CLOSED_AT, now);
        }
        if (leaked) {
          instance.setVariable(LEAK_CONFIRMED_AT, now);
        }
      }
      case TASK_INVESTIGATE_SECURITY_INCIDENT -> {
        // a leak found now has the consequences of one found at triage: severity again, deadline, notification
        boolean found = SecurityTaskFormValidator.leakFoundInInvestigation(execution.getVariables());
        instance.setVariable(LEAK_FOUND_IN_INVESTIGATION, found);
        if (found) {
          instance.setVariable(CUSTOMER_INFORMATION_EXPOSED, true);
          instance.setVariable(AFFECTED_CUSTOMERS, ((Number) execution.getVariable(AFFECTED_CUSTOMERS)).longValue());
          instance.setVariable(CUSTOMER_INFORMATION_LEAKED, true);
          instance.setVariable(LEAK_CONFIRMED_AT, now);
        }
      }
      case TASK_NOTIFY_CUSTOMER -> {
        instance.setVariable(CUSTOMER_NOTIFIED_BY, user);
        instance.setVariable(CUSTOMER_NOTIFIED_AT, now);
        instance.setVariable(CUSTOMER_NOTIFIED_ON_TIME,
            !now.after((Date) execution.getVariable(CUSTOMER_NOTIFICATION_DUE_AT)));
      }
      case TASK_REVIEW_SECURITY_INCIDENT -> {
        instance.setVariable(REVIEWED_BY, user);
        instance.setVariable(CLOSED_AT, now);
      }
      default -> {
        // containment, eradication and recovery keep their text; history names who did it
      }
    }
  }
}
