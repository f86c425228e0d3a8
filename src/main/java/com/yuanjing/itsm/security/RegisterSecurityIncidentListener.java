package com.yuanjing.itsm.security;

import static com.yuanjing.itsm.security.SecurityIncidentProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Runs in the transaction that reports the event (before the start event's save point): an invalid start form
 * is refused with its message, and the incident that hands an event on learns its SEC key at once.
 */
@Component("registerSecurityIncidentListener")
public class RegisterSecurityIncidentListener implements ExecutionListener {

  private final SecurityIncidentService securityIncidents;

  public RegisterSecurityIncidentListener(SecurityIncidentService securityIncidents) {
    this.securityIncidents = securityIncidents;
  }

  @Override
  public void notify(DelegateExecution execution) {
    boolean fromIncident = SecurityIncidentProcess.Elements.START_EVENT_SECURITY_EVENT_FROM_INCIDENT
        .equals(execution.getCurrentActivityId());
    execution.setVariables(securityIncidents.registration(execution.getVariables(), fromIncident));
    execution.setVariable(REPORTED_AT, ClockUtil.getCurrentTime());
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    execution.setVariable(REPORTED_BY, fromIncident || user == null ? null : user.getUserId());
    execution.setProcessBusinessKey(securityIncidents.nextBusinessKey());
    execution.setVariable(SECURITY_INCIDENT_NUMBER, execution.getProcessBusinessKey());
  }
}
