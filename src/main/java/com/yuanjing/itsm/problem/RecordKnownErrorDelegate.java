package com.yuanjing.itsm.problem;

import static com.yuanjing.itsm.problem.ProblemProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Publishes the investigation as a known error (symptom, root cause, workaround) that the service desk
 * searches; a repeated investigation revises the same record.
 */
@Component("recordKnownErrorDelegate")
public class RecordKnownErrorDelegate implements JavaDelegate {

  private final KnownErrorService knownErrors;

  public RecordKnownErrorDelegate(KnownErrorService knownErrors) {
    this.knownErrors = knownErrors;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    knownErrors.record(new KnownError(null, execution.getProcessBusinessKey(),
        (String) execution.getVariable(SERVICE_ID), (String) execution.getVariable(CATEGORY),
        (String) execution.getVariable(TITLE), (String) execution.getVariable(SYMPTOM),
        (String) execution.getVariable(ROOT_CAUSE), (String) execution.getVariable(WORKAROUND),
        ClockUtil.getCurrentTime().toInstant(), user == null ? null : user.getUserId()));
  }
}
