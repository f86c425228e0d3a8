package com.yuanjing.itsm.identity;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * Work a process does on its own behalf, inside the engine command of whichever user moved it: moving
 * its own SLA timers or posting a notice must not depend on that user's permissions.
 */
public final class SystemActions {

  private SystemActions() {}

  public static <T> T run(Supplier<T> action) {
    return Context.getCommandContext().runWithoutAuthorization(action::get);
  }

  public static void run(Runnable action) {
    run(() -> {
      action.run();
      return null;
    });
  }
}
