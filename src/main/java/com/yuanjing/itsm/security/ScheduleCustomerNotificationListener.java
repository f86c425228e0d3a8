package com.yuanjing.itsm.security;

import static com.yuanjing.itsm.security.SecurityIncidentProcess.Variables.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * After securitySeverity: a leak's customer must be notified within the table's hours of the leak's
 * confirmation. The deadline is a variable, so the timer, the task's due date and the KPI agree.
 */
@Component("scheduleCustomerNotificationListener")
public class ScheduleCustomerNotificationListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (!Boolean.TRUE.equals(execution.getVariable(CUSTOMER_INFORMATION_LEAKED))) {
      return;
    }
    if (!(execution.getVariable(NOTIFICATION_HOURS) instanceof Number hours)) {
      throw new IllegalStateException("securitySeverity gave no notification deadline for a leak of customer information");
    }
    Date confirmedAt = (Date) execution.getVariable(LEAK_CONFIRMED_AT);
    execution.getProcessInstance().setVariable(CUSTOMER_NOTIFICATION_DUE_AT,
        new Date(confirmedAt.getTime() + hours.longValue() * 3_600_000L));
  }
}
