package com.yuanjing.itsm.sla;

import com.yuanjing.itsm.notification.NotificationService;
import com.yuanjing.itsm.notification.Notice;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records that a clock (input parameter {@code slaClock}: RESPONSE or RESOLUTION) went past its target
 * and escalates to {@code notifyGroup}. A breach is recorded and escalated once per clock, even when a
 * reopened incident passes the same timer again.
 */
@Component("slaBreachDelegate")
public class SlaBreachDelegate implements JavaDelegate {

  private final NotificationService notifications;

  public SlaBreachDelegate(NotificationService notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean response = "RESPONSE".equals(execution.getVariableLocal("slaClock"));
    String breachedVariable = response ? SlaVariables.RESPONSE_BREACHED : SlaVariables.RESOLUTION_BREACHED;
    if (Boolean.TRUE.equals(execution.getVariable(breachedVariable))) {
      return;
    }
    execution.setVariable(breachedVariable, true);
    notifications.notifyGroup((String) execution.getVariableLocal("notifyGroup"),
        response ? Notice.RESPONSE_SLA_BREACHED : Notice.RESOLUTION_SLA_BREACHED, execution.getProcessBusinessKey(),
        (String) execution.getVariable("summary"), "时限：" + execution.getVariable(
            response ? SlaVariables.RESPONSE_DUE_AT : SlaVariables.RESOLUTION_DUE_AT));
  }
}
