package com.yuanjing.itsm.continuity;

import static com.yuanjing.itsm.continuity.ContinuityDrillProcess.Variables.*;

import com.yuanjing.itsm.identity.ItsmGroup;
import com.yuanjing.itsm.notification.Notice;
import com.yuanjing.itsm.notification.NotificationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells the ops managers which key services could not be drilled because they have no continuity plan. */
@Component("reportMissingPlansDelegate")
public class ReportMissingPlansDelegate implements JavaDelegate {

  private final NotificationService notifications;

  public ReportMissingPlansDelegate(NotificationService notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String services = (String) execution.getVariable(SERVICES_WITHOUT_PLAN);
    notifications.notifyGroup(ItsmGroup.OPS_MANAGERS.id(), Notice.CONTINUITY_PLAN_MISSING,
        (String) execution.getVariable(DRILL_PERIOD), services,
        "以下关键服务没有连续性计划，本期无法安排连续性演练。请制定计划（PUT /api/continuity-plans/{服务编号}）后"
            + "通过 POST /api/continuity-drills 申请演练。\n" + services);
  }
}
