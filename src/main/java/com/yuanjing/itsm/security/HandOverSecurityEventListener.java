package com.yuanjing.itsm.security;

import static com.yuanjing.itsm.security.SecurityIncidentProcess.Variables.SECURITY_INCIDENT_KEY;

import com.yuanjing.itsm.identity.SystemActions;
import com.yuanjing.itsm.incident.IncidentCategory;
import com.yuanjing.itsm.incident.IncidentProcess;
import com.yuanjing.itsm.security.SecurityIncidentProcess.Variables;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Hands an incident classified as 信息安全 (category SECURITY) on to security incident management, exactly once
 * per incident: at registration (end of 启动SLA时钟) or when the resolver changes the category while resolving
 * (completion of 诊断并解决). The SEC key is kept on the incident ({@code securityIncidentKey}), the INC key on
 * the security incident ({@code incidentKey}); both are written in the same transaction, and an incident that
 * already has a SEC key starts no second one.
 */
@Component("handOverSecurityEventListener")
public class HandOverSecurityEventListener implements ExecutionListener, TaskListener {

  private static final Logger LOG = LoggerFactory.getLogger(HandOverSecurityEventListener.class);

  @Override
  public void notify(DelegateExecution execution) {
    handOver(execution.getProcessInstance());
  }

  @Override
  public void notify(DelegateTask task) {
    handOver(task.getExecution().getProcessInstance());
  }

  private void handOver(DelegateExecution incident) {
    if (!IncidentCategory.SECURITY.name().equals(incident.getVariable(IncidentProcess.Variables.CATEGORY))
        || incident.getVariable(SECURITY_INCIDENT_KEY) != null) {
      return;
    }
    Map<String, Object> event = new HashMap<>();
    event.put(Variables.INCIDENT_KEY, incident.getProcessBusinessKey());
    event.put(Variables.SERVICE_ID, incident.getVariable(IncidentProcess.Variables.SERVICE_ID));
    event.put(Variables.SUMMARY, incident.getVariable(IncidentProcess.Variables.SUMMARY));
    event.put(Variables.DESCRIPTION, incident.getVariable(IncidentProcess.Variables.DESCRIPTION));
    // the process starts it on its own behalf: a service desk user may not start security incidents
    ProcessInstance securityIncident = SystemActions.run(() -> SecurityIncidentService.startFromIncident(
        incident.getProcessEngineServices().getRuntimeService(), event));
    incident.setVariable(SECURITY_INCIDENT_KEY, securityIncident.getBusinessKey());
    LOG.info("Incident {} handed on as security incident {}", incident.getProcessBusinessKey(),
        securityIncident.getBusinessKey());
  }
}
