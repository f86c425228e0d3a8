package com.yuanjing.itsm.kpi;

import java.util.List;

/**
 * The query a process package counts one of its KPIs with, shared by its own report and the KPI module, so that
 * both count the same records (docs/kpis.md).
 */
public interface KpiSource {

  /** See {@link KpiCalculator#tallies(ReportingPeriod)}. */
  List<KpiTally> tallies(ReportingPeriod period);

  /** See {@link KpiCalculator#records(ReportingPeriod, String)}. */
  List<KpiRecord> records(ReportingPeriod period, String serviceId);

  /** See {@link KpiCalculator#columns()}. */
  List<KpiColumn> columns();
}
