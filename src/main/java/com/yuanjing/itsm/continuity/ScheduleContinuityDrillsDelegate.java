package com.yuanjing.itsm.continuity;

import static com.yuanjing.itsm.continuity.ContinuityDrillProcess.Variables.*;

import com.yuanjing.itsm.identity.ItsmGroup;
import com.yuanjing.itsm.notification.Notice;
import com.yuanjing.itsm.notification.NotificationService;
import com.yuanjing.itsm.servicelevel.ItService;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The half-yearly run: starts one drill per key service with a plan through the message start event
 * {@code ContinuityDrillRequested}, each in a transaction of its own, so a drill that cannot start is logged
 * and reported to the ops managers while the others start. Idempotent: a service whose scheduled drill of the
 * half-year exists is skipped. The key services without a plan are handed to the next step to be reported.
 */
@Component("scheduleContinuityDrillsDelegate")
public class ScheduleContinuityDrillsDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(ScheduleContinuityDrillsDelegate.class);

  private final ContinuityDrills drills;
  private final NotificationService notifications;

  public ScheduleContinuityDrillsDelegate(ContinuityDrills drills, NotificationService notifications) {
    this.drills = drills;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ContinuityDrills.Schedule schedule = drills.schedule(ClockUtil.getCurrentTime().toInstant());
    int started = 0;
    for (Map<String, Object> request : schedule.drills()) {
      try {
        DrillStarter.start(execution, request);
        started++;
      } catch (RuntimeException refused) {
        LOG.warn("Continuity drill {} of {} not started: {}", request.get(DRILL_PERIOD), request.get(SERVICE_ID),
            refused.getMessage(), refused);
        notifications.notifyGroup(ItsmGroup.OPS_MANAGERS.id(), Notice.CONTINUITY_DRILL_NOT_STARTED,
            (String) request.get(DRILL_PERIOD), (String) request.get(SERVICE_ID),
            "定期连续性演练未能创建，请修正后通过 POST /api/continuity-drills 手工申请。\n服务：" + request.get(SERVICE_ID)
                + "\n原因：" + refused.getMessage());
      }
    }
    execution.setVariable(DRILLS_STARTED, started);
    execution.setVariable(PLANS_MISSING, !schedule.withoutPlan().isEmpty());
    execution.setVariable(SERVICES_WITHOUT_PLAN, schedule.withoutPlan().stream()
        .map(service -> service.name() + "（" + service.id() + "）").collect(Collectors.joining("、")));
    execution.setVariable(DRILL_PERIOD, ContinuityDrills.halfYear(ClockUtil.getCurrentTime().toInstant()));
    LOG.info("Scheduled {} of {} continuity drill(s); key services without a plan: {}", started,
        schedule.drills().size(), schedule.withoutPlan().stream().map(ItService::id).toList());
  }
}
