package com.yuanjing.itsm.continuity;

import com.yuanjing.itsm.change.ChangeProcess;
import com.yuanjing.itsm.identity.ItsmGroup;
import com.yuanjing.itsm.notification.Notice;
import com.yuanjing.itsm.notification.NotificationService;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The continuity drill after a major change (change-management.bpmn): the gateway 是否重大变更? asks
 * {@link #applies} whether the service of a successful high-risk change is a key service with a continuity
 * plan, and 安排连续性演练 requests the drill (reason 重大变更 + change key). The drill starts in a transaction of
 * its own: a refused start is reported to the ops managers and never fails the change. Idempotent per change.
 */
@Component("continuityDrillTrigger")
public class ContinuityDrillTrigger implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(ContinuityDrillTrigger.class);

  private final ContinuityPlans plans;
  private final ContinuityDrills drills;
  private final NotificationService notifications;

  public ContinuityDrillTrigger(ContinuityPlans plans, ContinuityDrills drills, NotificationService notifications) {
    this.plans = plans;
    this.drills = drills;
    this.notifications = notifications;
  }

  /** Whether a drill follows a successful high-risk change of this service. */
  public boolean applies(String serviceId) {
    return serviceId != null && plans.drillable(serviceId);
  }

  @Override
  public void execute(DelegateExecution execution) {
    String serviceId = (String) execution.getVariable(ChangeProcess.Variables.SERVICE_ID);
    String changeKey = execution.getProcessBusinessKey();
    Optional<Map<String, Object>> request = drills.afterMajorChange(serviceId, changeKey);
    if (request.isEmpty()) {
      return;
    }
    try {
      LOG.info("Continuity drill {} requested after major change {}", DrillStarter.start(execution, request.get()),
          changeKey);
    } catch (RuntimeException refused) {
      LOG.warn("Continuity drill after change {} not started: {}", changeKey, refused.getMessage(), refused);
      notifications.notifyGroup(ItsmGroup.OPS_MANAGERS.id(), Notice.CONTINUITY_DRILL_NOT_STARTED, changeKey,
          serviceId, "重大变更后的连续性演练未能创建，请修正后通过 POST /api/continuity-drills 手工申请。\n服务：" + serviceId
              + "\n原因：" + refused.getMessage());
    }
  }
}
