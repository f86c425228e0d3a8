package com.yuanjing.itsm.capacity;

import static com.yuanjing.itsm.capacity.CapacityProcess.Elements.*;
import static com.yuanjing.itsm.capacity.CapacityProcess.Variables.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who did the work: the engineer who plans an expansion requests its change, the author of a capacity plan
 * and its reviewer are kept with the plan.
 */
@Component("recordCapacityWorkerListener")
public class RecordCapacityWorkerListener implements TaskListener {

  static final Map<String, String> WORKER_BY_TASK = Map.of(
      TASK_PLAN_CAPACITY_ACTION, CHANGE_REQUESTED_BY,
      TASK_DRAFT_CAPACITY_PLAN, DRAFTED_BY,
      TASK_REVIEW_CAPACITY_PLAN, PLAN_REVIEWED_BY);

  @Override
  public void notify(DelegateTask task) {
    String variable = WORKER_BY_TASK.get(task.getTaskDefinitionKey());
    if (variable == null) {
      throw new IllegalStateException("No worker to record for task " + task.getTaskDefinitionKey());
    }
    Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    task.getExecution().setVariable(variable, task.getAssignee() != null ? task.getAssignee()
        : user == null ? null : user.getUserId());
  }
}
