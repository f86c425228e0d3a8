package com.yuanjing.itsm.problem;

import static com.yuanjing.itsm.problem.ProblemProcess.Variables.CHANGE_REQUESTED_BY;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** The engineer who plans the fix requests its change (and answers for its window conflicts). */
@Component("recordChangeRequesterListener")
public class RecordChangeRequesterListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    task.setVariable(CHANGE_REQUESTED_BY, task.getAssignee() != null ? task.getAssignee()
        : user == null ? null : user.getUserId());
  }
}
