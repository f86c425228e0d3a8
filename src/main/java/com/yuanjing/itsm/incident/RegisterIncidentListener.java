package com.yuanjing.itsm.incident;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Runs in the transaction that starts the incident (before the start event's save point), so an invalid
 * start form is refused with its message and no instance is left behind.
 */
@Component("registerIncidentListener")
public class RegisterIncidentListener implements ExecutionListener {

  private final IncidentService incidents;

  public RegisterIncidentListener(IncidentService incidents) {
    this.incidents = incidents;
  }

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariables(incidents.registration(execution.getVariables()));
    execution.setVariable(IncidentProcess.Variables.REPORTED_AT, ClockUtil.getCurrentTime());
    // every incident is numbered here; a key the caller chose (Tasklist's start dialog offers a field for
    // it) is kept as the caller's reference instead of breaking the numbering
    String givenKey = execution.getProcessBusinessKey();
    if (givenKey != null && !givenKey.isBlank()) {
      execution.setVariable(IncidentProcess.Variables.EXTERNAL_REFERENCE, givenKey);
    }
    execution.setProcessBusinessKey(incidents.nextBusinessKey());
    // forms and task lists cannot read the business key; they show this variable
    execution.setVariable(IncidentProcess.Variables.INCIDENT_NUMBER, execution.getProcessBusinessKey());
  }
}
