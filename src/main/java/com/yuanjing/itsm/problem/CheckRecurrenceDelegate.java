package com.yuanjing.itsm.problem;

import static com.yuanjing.itsm.problem.ProblemProcess.Variables.*;

import com.yuanjing.itsm.incident.IncidentStatistics;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Did incidents of the problem's service and category come back after the fix? */
@Component("checkRecurrenceDelegate")
public class CheckRecurrenceDelegate implements JavaDelegate {

  private final IncidentStatistics incidents;

  public CheckRecurrenceDelegate(IncidentStatistics incidents) {
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(RECURRENCES_SINCE_FIX, incidents.countReported((String) execution.getVariable(SERVICE_ID),
        (String) execution.getVariable(CATEGORY), ((Date) execution.getVariable(FIXED_AT)).toInstant()));
  }
}
