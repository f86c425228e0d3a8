package com.yuanjing.itsm.kpi;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/** The objectives of the requirements and a {@link KpiService} double that judges the KPIs as a test says. */
final class KpiReviewFixture {

  private KpiReviewFixture() {}

  /** The targets and periods of the requirements (section 2), as application.yaml has them. */
  static KpiObjectives objectives() {
    return new KpiObjectives(6, Map.ofEntries(
        Map.entry("sla-attainment", new KpiObjectives.Objective(0.95, ReportingPeriod.Type.QUARTER)),
        Map.entry("report-on-time", new KpiObjectives.Objective(0.95, ReportingPeriod.Type.QUARTER)),
        Map.entry("incident-response", new KpiObjectives.Objective(0.95, ReportingPeriod.Type.MONTH)),
        Map.entry("incident-resolution", new KpiObjectives.Objective(0.90, ReportingPeriod.Type.MONTH)),
        Map.entry("problem-resolution", new KpiObjectives.Objective(0.95, ReportingPeriod.Type.QUARTER)),
        Map.entry("change-success", new KpiObjectives.Objective(0.95, ReportingPeriod.Type.QUARTER)),
        Map.entry("release-success", new KpiObjectives.Objective(0.95, ReportingPeriod.Type.QUARTER)),
        Map.entry("configuration-accuracy", new KpiObjectives.Objective(0.99, ReportingPeriod.Type.QUARTER)),
        Map.entry("availability", new KpiObjectives.Objective(0.99, ReportingPeriod.Type.MONTH)),
        Map.entry("outages", new KpiObjectives.Objective(1, ReportingPeriod.Type.MONTH)),
        Map.entry("capacity-incidents", new KpiObjectives.Objective(1, ReportingPeriod.Type.QUARTER)),
        Map.entry("information-leaks", new KpiObjectives.Objective(2, ReportingPeriod.Type.YEAR))));
  }

  /** Lets the (mocked) service answer every KPI overall: 未达标 for those in {@code belowTarget}, 达标 for the rest. */
  static void judge(KpiService kpis, Set<Kpi> belowTarget) {
    judge(kpis, (kpi, period) -> value(kpi, period, belowTarget.contains(kpi) ? KpiStatus.NOT_MET : KpiStatus.MET));
  }

  static void judge(KpiService kpis, BiFunction<Kpi, ReportingPeriod, KpiValue> values) {
    when(kpis.value(any(), any(), isNull()))
        .thenAnswer(call -> values.apply(call.getArgument(0), call.getArgument(1)));
  }

  /** A value as the service gives it: a rate of 92.5% against 95.0%, or a count of 3 against 1. */
  static KpiValue value(Kpi kpi, ReportingPeriod period, String status) {
    boolean rate = kpi.measure() == Kpi.Measure.RATE;
    return new KpiValue(kpi.id(), kpi.chineseName(), period.label(), period.start(), period.end(), kpi.measure(),
        rate ? "%" : "次", rate ? "≥" : "≤", rate ? new BigDecimal("95.0") : BigDecimal.ONE, "月", 200,
        rate ? 185 : 0, rate ? new BigDecimal("92.5") : BigDecimal.valueOf(3), status, List.of(), List.of());
  }
}
