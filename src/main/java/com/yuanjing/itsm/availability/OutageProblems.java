package com.yuanjing.itsm.availability;

import com.yuanjing.itsm.identity.SystemActions;
import com.yuanjing.itsm.problem.ProblemProcess;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The outage review's link to problem management: whether a problem exists, and raising a new one through
 * the problem process's start message {@code ProblemRaised}, as the incident process does. Both are facts
 * the process looks up on its own behalf, whatever the reviewer may read.
 */
@Component
public class OutageProblems {

  /** {@code source} of a problem raised by an outage review (problem-management's ProblemReportValidator). */
  public static final String PROBLEM_SOURCE = "SERVICE_OUTAGE";

  /** What a raised problem is told about the outage. */
  public record OutageProblem(String outageKey, String serviceId, String category, String cause, String rootCause,
      String incidentKey) {}

  private final HistoryService historyService;
  private final RuntimeService runtimeService;

  public OutageProblems(HistoryService historyService, RuntimeService runtimeService) {
    this.historyService = historyService;
    this.runtimeService = runtimeService;
  }

  /** A problem (open or closed) with this business key exists. */
  public boolean exists(String problemKey) {
    return SystemActions.run(() -> historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProblemProcess.KEY).processInstanceBusinessKey(problemKey).count() > 0);
  }

  /** Starts a problem for the outage and returns its business key. */
  public String raise(OutageProblem outage) {
    Map<String, Object> problem = new HashMap<>();
    problem.put(ProblemProcess.Variables.TITLE, truncate("服务中断 " + outage.outageKey() + "：" + outage.cause(), 200));
    problem.put(ProblemProcess.Variables.SERVICE_ID, outage.serviceId());
    problem.put(ProblemProcess.Variables.CATEGORY, outage.category());
    problem.put(ProblemProcess.Variables.SOURCE, PROBLEM_SOURCE);
    problem.put(ProblemProcess.Variables.DESCRIPTION, truncate("服务中断回顾（" + outage.outageKey() + "）的根本原因："
        + outage.rootCause(), 4000));
    problem.put(ProblemProcess.Variables.LINKED_INCIDENT_KEYS, outage.incidentKey() == null ? "" : outage.incidentKey());
    return SystemActions.run(() -> runtimeService.createMessageCorrelation(ProblemProcess.MESSAGE_PROBLEM_RAISED)
        .setVariables(problem).correlateStartMessage().getBusinessKey());
  }

  private static String truncate(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length);
  }
}
