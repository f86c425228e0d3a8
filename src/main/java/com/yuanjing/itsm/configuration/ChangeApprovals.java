package com.yuanjing.itsm.configuration;

import com.yuanjing.itsm.change.ChangeProcess;
import com.yuanjing.itsm.identity.SystemActions;
import com.yuanjing.itsm.release.ReleaseProcess;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Whether a change (CHG-…) or a release (REL-…) authorises changes of production configuration items,
 * read live from the engine's history: approved, and not ended as rejected, cancelled or withdrawn. The
 * lookup is a fact, not a disclosure: it runs without the permissions of the user who asks.
 */
@Component
public class ChangeApprovals {

  private static final Set<String> CHANGE_REFUSED = Set.of(ChangeProcess.Elements.END_EVENT_CHANGE_REJECTED,
      ChangeProcess.Elements.END_EVENT_CHANGE_CANCELLED);
  private static final Set<String> RELEASE_REFUSED = Set.of(ReleaseProcess.Elements.END_EVENT_RELEASE_REJECTED,
      ReleaseProcess.Elements.END_EVENT_RELEASE_WITHDRAWN);

  private final ProcessEngine engine;

  public ChangeApprovals(ProcessEngine engine) {
    this.engine = engine;
  }

  /** The change {@code changeKey} exists, its variable {@code approved} is true and it was not rejected or cancelled. */
  public boolean changeApproved(String changeKey) {
    return approved(ChangeProcess.KEY, changeKey, ChangeProcess.Variables.APPROVED, Boolean.TRUE, CHANGE_REFUSED);
  }

  /** The release {@code releaseKey} exists, was approved (批准) and was not rejected or withdrawn. */
  public boolean releaseApproved(String releaseKey) {
    return approved(ReleaseProcess.KEY, releaseKey, ReleaseProcess.Variables.APPROVAL_DECISION, "APPROVE",
        RELEASE_REFUSED);
  }

  private boolean approved(String processKey, String businessKey, String variable, Object value,
      Set<String> refusedEnds) {
    if (businessKey == null || businessKey.isBlank()) {
      return false;
    }
    return withoutAuthorization(() -> engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(processKey).processInstanceBusinessKey(businessKey)
        .variableValueEquals(variable, value).list().stream()
        .map(HistoricProcessInstance::getEndActivityId)
        .anyMatch(end -> end == null || !refusedEnds.contains(end)));
  }

  /** Inside an engine command, so that the query can step aside from the current user's authorizations. */
  private <T> T withoutAuthorization(Supplier<T> query) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(commandContext -> SystemActions.run(query));
  }
}
