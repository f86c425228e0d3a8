package com.yuanjing.itsm.change;

import static com.yuanjing.itsm.change.ChangeProcess.Elements.TASK_RESOLVE_WINDOW_CONFLICT;
import static com.yuanjing.itsm.change.ChangeProcess.Variables.*;

import com.yuanjing.itsm.identity.Requesters;
import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.TaskFormListener;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The server-side check of every change task form, including that nobody approves their own change. */
@Component("validateChangeTaskListener")
public class ValidateChangeTaskListener extends TaskFormListener {

  private final ChangeTaskFormValidator validator;
  private final PlannedTimes plannedTimes;

  public ValidateChangeTaskListener(ChangeTaskFormValidator validator, PlannedTimes plannedTimes) {
    this.validator = validator;
    this.plannedTimes = plannedTimes;
  }

  /** The requester is who started the change, whatever a completion wrote into the variable. */
  @Override
  protected Map<String, Object> values(DelegateExecution execution) {
    return Requesters.variablesWithRequester(execution, REQUESTED_BY);
  }

  @Override
  protected List<FieldError> check(String taskId, Map<String, Object> values, String user) {
    return validator.validate(taskId, values, user);
  }

  /** A rescheduled change keeps its new times as dates, which the window check and the timer read. */
  @Override
  protected void accepted(DelegateExecution execution) {
    if (TASK_RESOLVE_WINDOW_CONFLICT.equals(execution.getCurrentActivityId())
        && "RESCHEDULE".equals(execution.getVariable(CONFLICT_RESOLUTION))) {
      Map<String, Object> times = new HashMap<>(Map.of(
          PLANNED_START, execution.getVariable(PLANNED_START), PLANNED_END, execution.getVariable(PLANNED_END)));
      plannedTimes.normalize(times);
      execution.getProcessInstance().setVariables(times);
    }
  }
}
