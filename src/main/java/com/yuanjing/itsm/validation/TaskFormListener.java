package com.yuanjing.itsm.validation;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Refuses the completion of a user task whose form values break the process's rules; the completion is
 * rolled back with the submitted values, so nothing changes and the user sees every bad field.
 *
 * <p>Attached as an execution listener on the task's end, because the engine hands an execution
 * listener's exceptions on as they are: the REST API and Tasklist answer 400 with the message (a task
 * listener's exceptions would be wrapped into a 500). A task ended by a boundary event is not checked.
 */
public abstract class TaskFormListener implements ExecutionListener {

  @Override
  public final void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    List<FieldError> errors = check(execution.getCurrentActivityId(), values(execution),
        user == null ? null : user.getUserId());
    InvalidInputException.throwIfAny("表单有误，请修正以下字段", errors);
    accepted(execution);
  }

  /**
   * The errors of the values a task completes with.
   *
   * @param user who completes the task; null when the engine itself does
   */
  protected abstract List<FieldError> check(String taskId, Map<String, Object> values, String user);

  /** The values the rules judge: the instance's variables, where a process may put trusted facts instead. */
  protected Map<String, Object> values(DelegateExecution execution) {
    return execution.getVariables();
  }

  /** Turns accepted form values into the process's own types (for example text times into dates). */
  protected void accepted(DelegateExecution execution) {}
}
