package com.yuanjing.itsm.validation;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Removes a task's decision fields when the task is created again in a loop. A form shows any variable
 * with a field's key, so the second round would open with the first round's choice ticked, and a
 * completion through the REST API without a choice would pass the checks and take the old path.
 * History keeps the earlier values.
 */
public abstract class ClearChoicesListener implements TaskListener {

  @Override
  public final void notify(DelegateTask task) {
    List<String> choices = choicesByTask().get(task.getTaskDefinitionKey());
    if (choices == null) {
      throw new IllegalStateException("No choices to clear for task " + task.getTaskDefinitionKey());
    }
    task.getExecution().getProcessInstance().removeVariables(choices);
  }

  /** Task definition key → the variables its form decides. */
  protected abstract Map<String, List<String>> choicesByTask();
}
