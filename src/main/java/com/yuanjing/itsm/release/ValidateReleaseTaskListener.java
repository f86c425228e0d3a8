package com.yuanjing.itsm.release;

import static com.yuanjing.itsm.release.ReleaseProcess.Elements.TASK_COMPLETE_EVIDENCE;
import static com.yuanjing.itsm.release.ReleaseProcess.Variables.EVIDENCE_DECISION;
import static com.yuanjing.itsm.release.ReleaseProcess.Variables.REQUESTED_BY;

import com.yuanjing.itsm.identity.Requesters;
import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.TaskFormListener;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The server-side check of every release task form, including that nobody approves their own release. */
@Component("validateReleaseTaskListener")
public class ValidateReleaseTaskListener extends TaskFormListener {

  private final ReleaseTaskFormValidator validator;

  public ValidateReleaseTaskListener(ReleaseTaskFormValidator validator) {
    this.validator = validator;
  }

  /** The requester is who started the release, whatever a completion wrote into the variable. */
  @Override
  protected Map<String, Object> values(DelegateExecution execution) {
    return Requesters.variablesWithRequester(execution, REQUESTED_BY);
  }

  @Override
  protected List<FieldError> check(String taskId, Map<String, Object> values, String user) {
    return validator.validate(taskId, values, user);
  }

  /** Resubmitted evidence is kept in the types the readiness gate compares. */
  @Override
  protected void accepted(DelegateExecution execution) {
    if (TASK_COMPLETE_EVIDENCE.equals(execution.getCurrentActivityId())
        && "RESUBMIT".equals(execution.getVariable(EVIDENCE_DECISION))) {
      execution.getProcessInstance().setVariables(ReleaseEvidence.normalized(execution.getVariables()));
    }
  }
}
