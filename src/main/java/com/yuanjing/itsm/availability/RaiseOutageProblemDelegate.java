package com.yuanjing.itsm.availability;

import static com.yuanjing.itsm.availability.AvailabilityProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Raises a problem for the reviewed outage and records its key on the outage. Idempotent: an outage whose
 * problem was raised is not raised again.
 */
@Component("raiseOutageProblemDelegate")
public class RaiseOutageProblemDelegate implements JavaDelegate {

  private final OutageProblems problems;
  private final OutageRecords records;

  public RaiseOutageProblemDelegate(OutageProblems problems, OutageRecords records) {
    this.problems = problems;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (execution.getVariable(PROBLEM_KEY) != null) {
      return;
    }
    String rootCause = (String) execution.getVariable(ROOT_CAUSE);
    boolean fromIncident = OutageSource.INCIDENT.name().equals(execution.getVariable(SOURCE));
    String problemKey = problems.raise(new OutageProblems.OutageProblem(execution.getProcessBusinessKey(),
        (String) execution.getVariable(SERVICE_ID), (String) execution.getVariable(PROBLEM_CATEGORY),
        (String) execution.getVariable(CAUSE), rootCause,
        fromIncident ? (String) execution.getVariable(SOURCE_KEY) : null));
    execution.setVariable(PROBLEM_KEY, problemKey);
    records.review((Long) execution.getVariable(OUTAGE_ID), rootCause, problemKey);
  }
}
