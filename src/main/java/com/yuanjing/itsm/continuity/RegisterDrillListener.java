package com.yuanjing.itsm.continuity;

import static com.yuanjing.itsm.continuity.ContinuityDrillProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs in the transaction that requests the drill (before the start event's save point), so that a request
 * for a service without a plan is refused with its message and no instance is left behind.
 */
@Component("registerDrillListener")
public class RegisterDrillListener implements ExecutionListener {

  private final ContinuityDrills drills;

  public RegisterDrillListener(ContinuityDrills drills) {
    this.drills = drills;
  }

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariables(drills.registration(execution.getVariables()));
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    execution.setVariable(REQUESTED_BY, user == null ? null : user.getUserId());
    execution.setProcessBusinessKey(drills.nextBusinessKey());
    execution.setVariable(DRILL_NUMBER, execution.getProcessBusinessKey());
  }
}
