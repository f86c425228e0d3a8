package com.yuanjing.itsm.identity;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Work a process does on its own behalf, inside the engine command of whichever user moved it: moving
 * its own SLA timers or posting a notice must not depend on that user's permissions.
 */
public final class SystemActions {

  private SystemActions() {}

  /** Outside an engine command (a test, a start-up task) there is no user to step aside for. */
  public static <T> T run(Supplier<T> action) {
    CommandContext command = Context.getCommandContext();
    return command == null ? action.get() : command.runWithoutAuthorization(action::get);
  }

  /**
   * The same from outside the engine, e.g. a listener of a REST call whose user may not touch the process: the
   * action runs in an engine command that joins the caller's transaction.
   */
  public static <T> T run(ProcessEngine engine, Supplier<T> action) {
    return configuration(engine).getCommandExecutorTxRequired()
        .execute(command -> command.runWithoutAuthorization(action::get));
  }

  /** The same in a transaction of its own, so that a refusal leaves the caller's transaction untouched. */
  public static <T> T runInOwnTransaction(ProcessEngine engine, Supplier<T> action) {
    return configuration(engine).getCommandExecutorTxRequiresNew()
        .execute(command -> command.runWithoutAuthorization(action::get));
  }

  private static ProcessEngineConfigurationImpl configuration(ProcessEngine engine) {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  public static void run(Runnable action) {
    run(() -> {
      action.run();
      return null;
    });
  }
}
