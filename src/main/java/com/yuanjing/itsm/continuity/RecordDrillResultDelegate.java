package com.yuanjing.itsm.continuity;

import static com.yuanjing.itsm.continuity.ContinuityDrillProcess.Variables.*;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Keeps the result of the executed drill in {@code itsm_continuity_drill}; idempotent. */
@Component("recordDrillResultDelegate")
public class RecordDrillResultDelegate implements JavaDelegate {

  private final ContinuityDrills drills;

  public RecordDrillResultDelegate(ContinuityDrills drills) {
    this.drills = drills;
  }

  @Override
  public void execute(DelegateExecution execution) {
    drills.recordResult(new DrillResult(execution.getProcessBusinessKey(), (String) execution.getVariable(SERVICE_ID),
        (Integer) execution.getVariable(PLAN_VERSION), DrillTrigger.valueOf((String) execution.getVariable(DRILL_TRIGGER)),
        (String) execution.getVariable(REASON), (String) execution.getVariable(SCENARIO),
        (String) execution.getVariable(PARTICIPANTS), instant(execution, PLANNED_AT), instant(execution, STARTED_AT),
        instant(execution, ENDED_AT), (Integer) execution.getVariable(RTO_TARGET_MINUTES),
        (Integer) execution.getVariable(RPO_TARGET_MINUTES), (Integer) execution.getVariable(RTO_ACHIEVED_MINUTES),
        (Integer) execution.getVariable(RPO_ACHIEVED_MINUTES), (Boolean) execution.getVariable(FAILED_FOR_FINDINGS),
        (Boolean) execution.getVariable(DRILL_PASSED), blankToNull((String) execution.getVariable(FINDINGS)),
        (String) execution.getVariable(EXECUTED_BY), null, List.of()));
  }

  private static Instant instant(DelegateExecution execution, String name) {
    return ((Date) execution.getVariable(name)).toInstant();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
