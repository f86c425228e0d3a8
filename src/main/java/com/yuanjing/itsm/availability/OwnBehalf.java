package com.yuanjing.itsm.availability;

import com.yuanjing.itsm.identity.SystemActions;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Work the outage process does on its own behalf, whoever caused it (the engineer completing an incident
 * task, the monitoring user posting an alert): inside an engine command, so that it can step aside from the
 * user's authorizations also when it is called from outside the engine, as an alert's listener is.
 */
final class OwnBehalf {

  private OwnBehalf() {}

  static <T> T run(ProcessEngine engine, Supplier<T> action) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(commandContext -> SystemActions.run(action));
  }
}
