package com.yuanjing.itsm.capacity;

import static com.yuanjing.itsm.capacity.CapacityProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Opens the capacity incident and keeps its key; idempotent: a case with an incident opens none again. */
@Component("openCapacityIncidentDelegate")
public class OpenCapacityIncidentDelegate implements JavaDelegate {

  private final CapacityIncidents incidents;

  public OpenCapacityIncidentDelegate(CapacityIncidents incidents) {
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (execution.getVariable(INCIDENT_KEY) != null) {
      return;
    }
    String description = execution.getVariable(DESCRIPTION) + "\n\n容量评估：" + execution.getVariable(ASSESSMENT);
    execution.setVariable(INCIDENT_KEY, incidents.open(new CapacityIncidents.Report(execution.getProcessBusinessKey(),
        (String) execution.getVariable(SERVICE_ID), (String) execution.getVariable(SUMMARY), description,
        (String) execution.getVariable(IMPACT), (String) execution.getVariable(URGENCY))));
  }
}
