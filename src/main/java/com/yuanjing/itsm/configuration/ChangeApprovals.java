package com.yuanjing.itsm.configuration;

import com.yuanjing.itsm.change.ChangeProcess;
import com.yuanjing.itsm.identity.SystemActions;
import com.yuanjing.itsm.release.ReleaseProcess;
import java.time.Duration;
import java.util.Date;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether a change (CHG-…) or a release (REL-…) authorises changes of production configuration items,
 * read live from the engine's history: approved, and either still running or ended at its success end
 * event within the last {@code itsm.configuration.authority-days} days (30 by default). A change that
 * ended otherwise (rejected, cancelled, failed, withdrawn), or succeeded longer ago, authorises nothing.
 * The lookup is a fact, not a disclosure: it runs without the permissions of the user who asks.
 */
@Component
public class ChangeApprovals {

  private final ProcessEngine engine;
  private final Duration authorityWindow;

  public ChangeApprovals(ProcessEngine engine, @Value("${itsm.configuration.authority-days:30}") int authorityDays) {
    if (authorityDays < 1) {
      throw new IllegalArgumentException("itsm.configuration.authority-days must be at least 1: " + authorityDays);
    }
    this.engine = engine;
    this.authorityWindow = Duration.ofDays(authorityDays);
  }

  /** The change {@code changeKey} was approved (variable {@code approved} true) and is running or recently succeeded. */
  public boolean changeApproved(String changeKey) {
    return approved(ChangeProcess.KEY, changeKey, ChangeProcess.Variables.APPROVED, Boolean.TRUE,
        ChangeProcess.Elements.END_EVENT_CHANGE_SUCCEEDED);
  }

  /** The release {@code releaseKey} was approved (批准) and is running or recently succeeded. */
  public boolean releaseApproved(String releaseKey) {
    return approved(ReleaseProcess.KEY, releaseKey, ReleaseProcess.Variables.APPROVAL_DECISION, "APPROVE",
        ReleaseProcess.Elements.END_EVENT_RELEASE_SUCCEEDED);
  }

  private boolean approved(String processKey, String businessKey, String variable, Object value,
      String succeeded) {
    if (businessKey == null || businessKey.isBlank()) {
      return false;
    }
    Date since = Date.from(ClockUtil.getCurrentTime().toInstant().minus(authorityWindow));
    return withoutAuthorization(() -> engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(processKey).processInstanceBusinessKey(businessKey)
        .variableValueEquals(variable, value).list().stream()
        .anyMatch(instance -> instance.getEndTime() == null
            || (succeeded.equals(instance.getEndActivityId()) && !instance.getEndTime().before(since))));
  }

  /** Inside an engine command, so that the query can step aside from the current user's authorizations. */
  private <T> T withoutAuthorization(Supplier<T> query) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(commandContext -> SystemActions.run(query));
  }
}
