package com.yuanjing.itsm.audit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * Reads one record (an incident, a change, ...) from the engine's history by its business key: open and
 * closed ones alike, with the current user's authorizations applied.
 */
@Component
public class ProcessRecords {

  /** A process instance from history and its own variables (not those of activities' input parameters). */
  public record ProcessRecord(HistoricProcessInstance instance, Map<String, Object> variables) {}

  private final HistoryService historyService;

  public ProcessRecords(HistoryService historyService) {
    this.historyService = historyService;
  }

  /** The business keys of the records of a process whose variable has the value, oldest first. */
  public List<String> businessKeysWhere(String processKey, String variableName, Object value) {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
        .variableValueEquals(variableName, value).orderByProcessInstanceStartTime().asc().list().stream()
        .map(HistoricProcessInstance::getBusinessKey).toList();
  }

  /** Empty when no such record exists or the current user may not read the history of the process. */
  public Optional<ProcessRecord> find(String processKey, String businessKey) {
    HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(processKey).processInstanceBusinessKey(businessKey).singleResult();
    if (instance == null) {
      return Optional.empty();
    }
    Map<String, Object> variables = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).disableCustomObjectDeserialization().list().stream()
        .filter(variable -> instance.getId().equals(variable.getActivityInstanceId()))
        .filter(variable -> variable.getValue() != null)
        .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue));
    return Optional.of(new ProcessRecord(instance, variables));
  }
}
