package com.yuanjing.itsm.incident;

import static com.yuanjing.itsm.incident.IncidentProcess.Variables.*;

import com.yuanjing.itsm.identity.SystemActions;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.springframework.stereotype.Component;

/** Counts of incidents, answered by the database from the engine's history. */
@Component
public class IncidentStatistics {

  private final HistoryService historyService;

  public IncidentStatistics(HistoryService historyService) {
    this.historyService = historyService;
  }

  /**
   * Incidents on a service with a category reported since the given time, open or closed. Called by
   * processes on their own behalf, whoever moved them (see {@link SystemActions}).
   */
  public long countReported(String serviceId, String category, Instant since) {
    return SystemActions.run(() -> reported(serviceId, category, since).count());
  }

  /** The business keys of those incidents, oldest first. */
  public List<String> keysReported(String serviceId, String category, Instant since) {
    return SystemActions.run(() -> reported(serviceId, category, since).orderByProcessInstanceStartTime().asc()
        .list().stream().map(HistoricProcessInstance::getBusinessKey).toList());
  }

  private HistoricProcessInstanceQuery reported(String serviceId, String category, Instant since) {
    return historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(IncidentProcess.KEY)
        .startedAfter(Date.from(since))
        .variableValueEquals(SERVICE_ID, serviceId)
        .variableValueEquals(CATEGORY, category);
  }
}
