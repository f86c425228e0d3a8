package com.yuanjing.itsm.identity;

import java.util.function.Supplier;
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

  public static void run(Runnable action) {
    run(() -> {
      action.run();
      return null;
    });
  }
}
