package com.yuanjing.itsm.sla;

import com.yuanjing.itsm.notification.NotificationService;
import com.yuanjing.itsm.notification.Notice;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records an SLA alert and tells {@code notifyGroup} about it. The diagram names the clock
 * ({@code slaClock}: RESPONSE or RESOLUTION) and the alert ({@code slaAlert}: WARNING at 75%, BREACH at
 * 100%) as input parameters. Each alert is recorded and sent once per clock: a reopened incident passes
 * the same timers again, and a warning after the breach would only be noise.
 */
@Component("slaAlertDelegate")
public class SlaAlertDelegate implements JavaDelegate {

  private final NotificationService notifications;

  public SlaAlertDelegate(NotificationService notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean response = "RESPONSE".equals(execution.getVariableLocal("slaClock"));
    boolean breach = "BREACH".equals(execution.getVariableLocal("slaAlert"));
    String warned = response ? SlaVariables.RESPONSE_WARNED : SlaVariables.RESOLUTION_WARNED;
    String breached = response ? SlaVariables.RESPONSE_BREACHED : SlaVariables.RESOLUTION_BREACHED;
    if (Boolean.TRUE.equals(execution.getVariable(breached))
        || (!breach && Boolean.TRUE.equals(execution.getVariable(warned)))) {
      return;
    }
    execution.setVariable(breach ? breached : warned, true);
    Notice notice = response
        ? (breach ? Notice.RESPONSE_SLA_BREACHED : Notice.RESPONSE_SLA_WARNING)
        : (breach ? Notice.RESOLUTION_SLA_BREACHED : Notice.RESOLUTION_SLA_WARNING);
    String dueAt = response ? SlaVariables.RESPONSE_DUE_AT : SlaVariables.RESOLUTION_DUE_AT;
    notifications.notifyGroup((String) execution.getVariableLocal("notifyGroup"), notice,
        execution.getProcessBusinessKey(), (String) execution.getVariable("summary"),
        "时限：" + execution.getVariable(dueAt));
  }
}
