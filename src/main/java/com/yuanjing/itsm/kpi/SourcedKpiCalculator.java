package com.yuanjing.itsm.kpi;

import java.util.List;

/** A KPI counted by the query of its process package ({@link KpiSource}). */
public class SourcedKpiCalculator implements KpiCalculator {

  private final Kpi kpi;
  private final KpiSource source;

  public SourcedKpiCalculator(Kpi kpi, KpiSource source) {
    this.kpi = kpi;
    this.source = source;
  }

  @Override
  public Kpi kpi() {
    return kpi;
  }

  @Override
  public List<KpiTally> tallies(ReportingPeriod period) {
    return source.tallies(period);
  }

  @Override
  public List<KpiRecord> records(ReportingPeriod period, String serviceId) {
    return source.records(period, serviceId);
  }

  @Override
  public List<KpiColumn> columns() {
    return source.columns();
  }
}
