package com.yuanjing.itsm.incident;

import static com.yuanjing.itsm.incident.IncidentProcess.Variables.*;

import com.yuanjing.itsm.problem.ProblemService;
import com.yuanjing.itsm.problem.ProblemTrigger;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Raises a problem for the incident, linked to the recent incidents that made the rule fire, or links the
 * incident to the open problem of its service and category; records the problem's key on the incident. Idempotent: an incident already linked is not raised again.
 */
@Component("raiseProblemDelegate")
public class RaiseProblemDelegate implements JavaDelegate {

  private final ProblemService problems;
  private final IncidentStatistics statistics;

  public RaiseProblemDelegate(ProblemService problems, IncidentStatistics statistics) {
    this.problems = problems;
    this.statistics = statistics;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (execution.getVariable(PROBLEM_KEY) != null) {
      return;
    }
    boolean recurring = Boolean.TRUE.equals(execution.getVariable(RAISE_PROBLEM));
    String serviceId = (String) execution.getVariable(SERVICE_ID);
    String category = (String) execution.getVariable(CATEGORY);
    List<String> related = recurring ? statistics.keysReported(serviceId, category,
        ClockUtil.getCurrentTime().toInstant().minus(CountRecentIncidentsDelegate.RECENT)) : List.of();
    execution.setVariable(PROBLEM_KEY, problems.raiseForIncident(new ProblemTrigger(execution.getProcessBusinessKey(),
        related, serviceId, category, (String) execution.getVariable(SUMMARY),
        recurring ? "RECURRING_INCIDENTS" : "MAJOR_INCIDENT",
        recurring ? (String) execution.getVariable(TRIGGER_REASON) : "重大事件回顾要求发起问题管理")));
  }
}
