package com.yuanjing.itsm.continuity;

import static com.yuanjing.itsm.continuity.ContinuityDrillProcess.Variables.IMPROVEMENTS_PLANNED_BY;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Keeps the improvement actions of the failed drill in {@code itsm_continuity_action}; idempotent. */
@Component("recordImprovementsDelegate")
public class RecordImprovementsDelegate implements JavaDelegate {

  private final ContinuityDrills drills;

  public RecordImprovementsDelegate(ContinuityDrills drills) {
    this.drills = drills;
  }

  @Override
  public void execute(DelegateExecution execution) {
    drills.recordActions(execution.getProcessBusinessKey(), DrillTaskFormValidator.actions(execution.getVariables()),
        (String) execution.getVariable(IMPROVEMENTS_PLANNED_BY));
  }
}
