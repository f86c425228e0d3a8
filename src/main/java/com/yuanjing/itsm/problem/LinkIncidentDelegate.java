package com.yuanjing.itsm.problem;

import static com.yuanjing.itsm.problem.ProblemProcess.Variables.*;

import java.util.Arrays;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records one more incident on the open problem; linking the same incident twice changes nothing. When
 * the list is full the link stays in history (this activity) and on the incident (its problemKey).
 */
@Component("linkIncidentDelegate")
public class LinkIncidentDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String incidentKey = (String) execution.getVariable(INCIDENT_KEY);
    String linked = (String) execution.getVariable(LINKED_INCIDENT_KEYS);
    if (linked == null || linked.isBlank()) {
      execution.getProcessInstance().setVariable(LINKED_INCIDENT_KEYS, incidentKey);
    } else if (!Arrays.asList(linked.split(",")).contains(incidentKey)
        && linked.length() + incidentKey.length() < ProblemService.MAX_LINKED_KEYS_LENGTH) {
      execution.getProcessInstance().setVariable(LINKED_INCIDENT_KEYS, linked + "," + incidentKey);
    }
  }
}
