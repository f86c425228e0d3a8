package com.yuanjing.itsm.incident;

import static com.yuanjing.itsm.incident.IncidentProcess.Variables.*;

import com.yuanjing.itsm.problem.ProblemService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Raises a problem for the incident, or links it to the open problem of its service and category, and
 * records the problem's key on the incident. Idempotent: an incident already linked is not raised again.
 */
@Component("raiseProblemDelegate")
public class RaiseProblemDelegate implements JavaDelegate {

  private final ProblemService problems;

  public RaiseProblemDelegate(ProblemService problems) {
    this.problems = problems;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (execution.getVariable(PROBLEM_KEY) != null) {
      return;
    }
    boolean recurring = Boolean.TRUE.equals(execution.getVariable(RAISE_PROBLEM));
    execution.setVariable(PROBLEM_KEY, problems.raiseForIncident(execution.getProcessBusinessKey(),
        (String) execution.getVariable(SERVICE_ID), (String) execution.getVariable(CATEGORY),
        (String) execution.getVariable(SUMMARY), recurring ? "RECURRING_INCIDENTS" : "MAJOR_INCIDENT",
        recurring ? (String) execution.getVariable(TRIGGER_REASON) : "重大事件回顾要求发起问题管理"));
  }
}
