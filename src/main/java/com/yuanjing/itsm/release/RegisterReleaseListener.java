package com.yuanjing.itsm.release;

import static com.yuanjing.itsm.release.ReleaseProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs in the transaction that registers the release (before the start event's save point), so an
 * invalid registration is refused with its message and no instance is left behind.
 */
@Component("registerReleaseListener")
public class RegisterReleaseListener implements ExecutionListener {

  private final ReleaseService releases;

  public RegisterReleaseListener(ReleaseService releases) {
    this.releases = releases;
  }

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariables(releases.registration(execution.getVariables()));
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (user != null) {
      execution.setVariable(REQUESTED_BY, user.getUserId());
    }
    execution.setProcessBusinessKey(releases.nextBusinessKey());
    execution.setVariable(RELEASE_NUMBER, execution.getProcessBusinessKey());
  }
}
