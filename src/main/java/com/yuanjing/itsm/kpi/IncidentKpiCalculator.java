package com.yuanjing.itsm.kpi;

import java.util.List;

/** One incident KPI: the {@link ClosedIncidents} with the rule that decides whether an incident met it. */
public class IncidentKpiCalculator implements KpiCalculator {

  private final Kpi kpi;
  private final ClosedIncidents.Rule rule;
  private final ClosedIncidents incidents;

  public IncidentKpiCalculator(Kpi kpi, ClosedIncidents.Rule rule, ClosedIncidents incidents) {
    this.kpi = kpi;
    this.rule = rule;
    this.incidents = incidents;
  }

  @Override
  public Kpi kpi() {
    return kpi;
  }

  @Override
  public List<KpiTally> tallies(ReportingPeriod period) {
    return incidents.tallies(period, rule);
  }

  @Override
  public List<KpiRecord> records(ReportingPeriod period, String serviceId) {
    return incidents.records(period, serviceId, rule);
  }

  @Override
  public List<KpiColumn> columns() {
    return ClosedIncidents.COLUMNS;
  }
}
