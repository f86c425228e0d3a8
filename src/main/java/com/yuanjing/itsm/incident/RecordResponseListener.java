package com.yuanjing.itsm.incident;

import static com.yuanjing.itsm.incident.IncidentProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** The engineer who accepts an incident responds to it and becomes its resolver. */
@Component("recordResponseListener")
public class RecordResponseListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    task.setVariable(RESPONDED_AT, ClockUtil.getCurrentTime());
    task.setVariable(RESOLVER, task.getAssignee() != null ? task.getAssignee() : currentUser(task));
  }

  private static String currentUser(DelegateTask task) {
    Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
