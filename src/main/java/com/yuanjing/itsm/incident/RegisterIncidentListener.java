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
    if (execution.getProcessBusinessKey() == null) {
      execution.setProcessBusinessKey(incidents.nextBusinessKey());
    }
  }
}
