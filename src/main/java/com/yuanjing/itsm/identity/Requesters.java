package com.yuanjing.itsm.identity;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

/**
 * Who asked for a record, as the engine recorded it when the record was started. Rules such as "nobody
 * approves their own change" read this: a process variable could be overwritten by any task completion.
 */
public final class Requesters {

  private Requesters() {}

  /** The instance's variables with the requester replaced by the one the engine recorded. */
  public static Map<String, Object> variablesWithRequester(DelegateExecution execution, String requesterVariable) {
    Map<String, Object> variables = new HashMap<>(execution.getVariables());
    variables.put(requesterVariable, of(execution, requesterVariable));
    return variables;
  }

  /**
   * The user who started the instance; for an instance the engine started on its own (a job, or a test
   * without a user) the requester the starter named in {@code requesterVariable}.
   */
  public static String of(DelegateExecution execution, String requesterVariable) {
    String startedBy = SystemActions.run(() -> {
      HistoricProcessInstance instance = execution.getProcessEngineServices().getHistoryService()
          .createHistoricProcessInstanceQuery().processInstanceId(execution.getProcessInstanceId()).singleResult();
      return instance == null ? null : instance.getStartUserId();
    });
    return startedBy != null ? startedBy : (String) execution.getVariable(requesterVariable);
  }
}
