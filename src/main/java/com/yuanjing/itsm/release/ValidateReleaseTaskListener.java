package com.yuanjing.itsm.release;

import static com.yuanjing.itsm.release.ReleaseProcess.Elements.TASK_COMPLETE_EVIDENCE;
import static com.yuanjing.itsm.release.ReleaseProcess.Variables.EVIDENCE_DECISION;

import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.InvalidInputException;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Refuses the completion of a release task whose form values are incomplete, or an approval by the
 * release's registrant; the completion is rolled back, so nothing changes (the REST API answers 400).
 */
@Component("validateReleaseTaskListener")
public class ValidateReleaseTaskListener implements ExecutionListener {

  private final ReleaseTaskFormValidator validator;

  public ValidateReleaseTaskListener(ReleaseTaskFormValidator validator) {
    this.validator = validator;
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
    if (TASK_COMPLETE_EVIDENCE.equals(execution.getCurrentActivityId())
        && "RESUBMIT".equals(execution.getVariable(EVIDENCE_DECISION))) {
      execution.getProcessInstance().setVariables(ReleaseEvidence.normalized(execution.getVariables()));
    }
  }
}
