package com.yuanjing.itsm.release;

import static com.yuanjing.itsm.release.ReleaseProcess.Variables.*;

import com.yuanjing.itsm.identity.SystemActions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The facts release-readiness.dmn judges that are not typed in: the change's state and the back-out plan. */
@Component("checkReleaseEvidenceDelegate")
public class CheckReleaseEvidenceDelegate implements JavaDelegate {

  private final ReleaseService releases;

  public CheckReleaseEvidenceDelegate(ReleaseService releases) {
    this.releases = releases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String changeKey = (String) execution.getVariable(CHANGE_KEY);
    execution.setVariable(CHANGE_APPROVED, SystemActions.run(() -> releases.changeAuthorises(changeKey)));
    execution.setVariable(BACKOUT_PLAN_AVAILABLE,
        execution.getVariable(BACKOUT_PLAN) instanceof String plan && !plan.isBlank());
  }
}
