package com.yuanjing.itsm.incident;

import static com.yuanjing.itsm.incident.IncidentProcess.Variables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A form shows any variable with the same key as a field; without this, a second round of "diagnose and
 * resolve" would open with last round's choice already ticked. History keeps the earlier values.
 */
@Component("resetResolveChoicesListener")
public class ResetResolveChoicesListener implements TaskListener {

  static final List<String> CHOICES = List.of(RESOLVE_OUTCOME, REASSIGN_GROUP, REASSIGN_TO);

  @Override
  public void notify(DelegateTask task) {
    task.getExecution().getProcessInstance().removeVariables(CHOICES);
  }
}
