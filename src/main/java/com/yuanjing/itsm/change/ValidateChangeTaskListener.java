package com.yuanjing.itsm.change;

import static com.yuanjing.itsm.change.ChangeProcess.Elements.TASK_RESOLVE_WINDOW_CONFLICT;
import static com.yuanjing.itsm.change.ChangeProcess.Variables.*;

import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.InvalidInputException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Refuses the completion of a change task whose form values are incomplete, or an approval by the
 * requester; the completion is rolled back, so nothing changes. An execution listener on the task's end
 * because the engine hands its exceptions on as they are (the REST API answers 400).
 */
@Component("validateChangeTaskListener")
public class ValidateChangeTaskListener implements ExecutionListener {

  private final ChangeTaskFormValidator validator;
  private final PlannedTimes plannedTimes;

  public ValidateChangeTaskListener(ChangeTaskFormValidator validator, PlannedTimes plannedTimes) {
    this.validator = validator;
    this.plannedTimes = plannedTimes;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    List<FieldError> errors = validator.validate(execution.getCurrentActivityId(), execution.getVariables(),
        user == null ? null : user.getUserId());
    if (!errors.isEmpty()) {
      throw new InvalidInputException("表单有误，请修正以下字段", errors);
    }
    if (TASK_RESOLVE_WINDOW_CONFLICT.equals(execution.getCurrentActivityId())
        && "RESCHEDULE".equals(execution.getVariable(CONFLICT_RESOLUTION))) {
      Map<String, Object> times = new HashMap<>(Map.of(
          PLANNED_START, execution.getVariable(PLANNED_START), PLANNED_END, execution.getVariable(PLANNED_END)));
      plannedTimes.normalize(times);
      execution.getProcessInstance().setVariables(times);
    }
  }
}
