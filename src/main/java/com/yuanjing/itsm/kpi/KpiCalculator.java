package com.yuanjing.itsm.kpi;

import java.util.List;

/**
 * Counts one KPI over the history of its process. One Spring bean per {@link Kpi}; both methods must count the
 * same records, so that the drill-down reproduces the value.
 */
public interface KpiCalculator {

  Kpi kpi();

  /** The database's counts for a period, one per service (docs/kpis.md for which records a period counts). */
  List<KpiTally> tallies(ReportingPeriod period);

  /**
   * The records counted in a period, ordered as people read them (by time, then key).
   *
   * @param serviceId only this service's records; null for all
   */
  List<KpiRecord> records(ReportingPeriod period, String serviceId);

  /** The facts of {@link KpiRecord#facts()}, in display order. */
  List<KpiColumn> columns();
}
