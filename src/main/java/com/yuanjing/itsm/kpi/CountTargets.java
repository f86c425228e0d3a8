package com.yuanjing.itsm.kpi;

/** The target of a count KPI for a period, as the process packages' own reports judge it. */
public final class CountTargets {

  private CountTargets() {}

  /**
   * The most records {@code period} may have: the objective's target per period it is set for, times the
   * periods of that type {@code period} spans (at least one), since a longer period allows as many per period.
   */
  public static long of(KpiObjectives objectives, Kpi kpi, ReportingPeriod period) {
    KpiObjectives.Objective objective = objectives.of(kpi);
    return (long) objective.target() * Math.max(1, period.type().months() / objective.period().months());
  }
}
