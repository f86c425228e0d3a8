package com.yuanjing.itsm.kpi;

/**
 * SQL over the engine's history for the KPI queries: the final value of a process-level variable is the row of
 * {@code ACT_HI_VARINST} with {@code EXECUTION_ID_ = PROC_INST_ID_} (activities may have local variables of the
 * same name); dates are epoch milliseconds in {@code LONG_}, booleans 1/0 in {@code LONG_}, strings in
 * {@code TEXT_}. The historic process instance is aliased {@code p}.
 */
public final class ProcessVariables {

  private ProcessVariables() {}

  /** {@code JOIN} of variable {@code name} as {@code alias}: only instances that have it. */
  public static String join(String alias, String name) {
    return " JOIN " + on(alias, name);
  }

  /** {@code LEFT JOIN} of variable {@code name} as {@code alias}: its columns are null where it is not set. */
  public static String leftJoin(String alias, String name) {
    return " LEFT JOIN " + on(alias, name);
  }

  private static String on(String alias, String name) {
    if (!name.matches("[A-Za-z]+") || !alias.matches("[a-z_]+")) {
      throw new IllegalArgumentException("Not a variable name or alias: " + name + ", " + alias);
    }
    return "ACT_HI_VARINST %1$s ON %1$s.PROC_INST_ID_ = p.PROC_INST_ID_ AND %1$s.EXECUTION_ID_ = p.PROC_INST_ID_"
        .formatted(alias) + " AND %s.NAME_ = '%s' AND %s.STATE_ = 'CREATED'".formatted(alias, name, alias) + "\n";
  }
}
