package com.yuanjing.itsm.change;

import static com.yuanjing.itsm.change.ChangeProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Runs in the transaction that starts the change (before the start event's save point), so an invalid
 * request is refused with its message and no instance is left behind.
 */
@Component("registerChangeListener")
public class RegisterChangeListener implements ExecutionListener {

  private final ChangeService changes;

  public RegisterChangeListener(ChangeService changes) {
    this.changes = changes;
  }

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariables(changes.registration(execution.getVariables()));
    execution.setVariable(REQUESTED_AT, ClockUtil.getCurrentTime());
    // the requester is who asks, not what the request claims: nobody approves a change they requested
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (user != null) {
      execution.setVariable(REQUESTED_BY, user.getUserId());
    }
    // every change is numbered here; a key the caller chose is kept as its reference
    String givenKey = execution.getProcessBusinessKey();
    if (givenKey != null && !givenKey.isBlank() && !execution.hasVariable(SOURCE_KEY)) {
      execution.setVariable(SOURCE_KEY, givenKey);
    }
    execution.setProcessBusinessKey(changes.nextBusinessKey());
    execution.setVariable(CHANGE_NUMBER, execution.getProcessBusinessKey());
    // a change called by another process (a problem's fix) is linked there at once, not only when it ends
    if (execution.getSuperExecution() != null) {
      execution.getSuperExecution().getProcessInstance().setVariable(CALLING_PROCESS_CHANGE_KEY,
          execution.getProcessBusinessKey());
    }
  }
}
