package com.yuanjing.itsm.identity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

/**
 * Who asked for a record, as the engine recorded it when the record was started. Rules such as "nobody
 * approves their own change" read this: a process variable could be overwritten by any task completion.
 */
public final class Requesters {

  private Requesters() {}

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
