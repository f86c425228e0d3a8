package com.yuanjing.itsm.incident;

import static com.yuanjing.itsm.incident.IncidentProcess.Variables.*;

import java.time.Duration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** How many incidents hit the same service with the same category lately: the input of problem-trigger.dmn. */
@Component("countRecentIncidentsDelegate")
public class CountRecentIncidentsDelegate implements JavaDelegate {

  /** The look-back period of problem-trigger.dmn's counts. */
  static final Duration RECENT = Duration.ofDays(30);

  private final IncidentStatistics statistics;

  public CountRecentIncidentsDelegate(IncidentStatistics statistics) {
    this.statistics = statistics;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(RECENT_INCIDENT_COUNT, statistics.countReported((String) execution.getVariable(SERVICE_ID),
        (String) execution.getVariable(CATEGORY), ClockUtil.getCurrentTime().toInstant().minus(RECENT)));
  }
}
