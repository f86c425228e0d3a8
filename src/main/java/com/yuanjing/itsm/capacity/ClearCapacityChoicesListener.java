package com.yuanjing.itsm.capacity;

import static com.yuanjing.itsm.capacity.CapacityProcess.Elements.*;
import static com.yuanjing.itsm.capacity.CapacityProcess.Variables.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Decisions that come round again start without the earlier decision (like {@code ClearChoicesListener}).
 * The fields are set to null where they live instead of removed: a capacity plan's fields are local to its
 * instance of the multi-instance sub-process, and a removed one would come back on the process instance,
 * shared by every plan of the review.
 */
@Component("clearCapacityChoicesListener")
public class ClearCapacityChoicesListener implements TaskListener {

  static final Map<String, List<String>> CHOICES = Map.of(
      TASK_PLAN_CAPACITY_ACTION, List.of(CAPACITY_ACTION),
      TASK_CONFIRM_TUNING, List.of(TUNING_RESULT),
      TASK_REVIEW_CAPACITY_PLAN, List.of(PLAN_DECISION));

  @Override
  public void notify(DelegateTask task) {
    List<String> choices = CHOICES.get(task.getTaskDefinitionKey());
    if (choices == null) {
      throw new IllegalStateException("No choices to clear for task " + task.getTaskDefinitionKey());
    }
    choices.forEach(choice -> task.getExecution().setVariable(choice, null));
  }
}
