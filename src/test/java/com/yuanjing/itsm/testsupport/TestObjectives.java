package com.yuanjing.itsm.testsupport;

import com.yuanjing.itsm.kpi.Kpi;
import com.yuanjing.itsm.kpi.KpiObjectives;
import com.yuanjing.itsm.kpi.ReportingPeriod;
import java.util.HashMap;
import java.util.Map;

/** KPI objectives for tests that wire services without Spring: the targets and periods of application.yaml. */
public final class TestObjectives {

  private TestObjectives() {}

  public static KpiObjectives standard() {
    return with(Map.of());
  }

  /** The standard objectives with some replaced. */
  public static KpiObjectives with(Map<Kpi, KpiObjectives.Objective> replaced) {
    Map<String, KpiObjectives.Objective> objectives = new HashMap<>();
    objectives.put(Kpi.SLA_ATTAINMENT.id(), quarter(0.95));
    objectives.put(Kpi.REPORT_ON_TIME.id(), quarter(0.95));
    objectives.put(Kpi.INCIDENT_RESPONSE.id(), month(0.95));
    objectives.put(Kpi.INCIDENT_RESOLUTION.id(), month(0.90));
    objectives.put(Kpi.PROBLEM_RESOLUTION.id(), quarter(0.95));
    objectives.put(Kpi.CHANGE_SUCCESS.id(), quarter(0.95));
    objectives.put(Kpi.RELEASE_SUCCESS.id(), quarter(0.95));
    objectives.put(Kpi.CONFIGURATION_ACCURACY.id(), quarter(0.99));
    objectives.put(Kpi.AVAILABILITY.id(), month(0.99));
    objectives.put(Kpi.OUTAGES.id(), month(1));
    objectives.put(Kpi.CAPACITY_INCIDENTS.id(), quarter(1));
    objectives.put(Kpi.INFORMATION_LEAKS.id(), new KpiObjectives.Objective(2, ReportingPeriod.Type.YEAR));
    replaced.forEach((kpi, objective) -> objectives.put(kpi.id(), objective));
    return new KpiObjectives(6, objectives);
  }

  private static KpiObjectives.Objective month(double target) {
    return new KpiObjectives.Objective(target, ReportingPeriod.Type.MONTH);
  }

  private static KpiObjectives.Objective quarter(double target) {
    return new KpiObjectives.Objective(target, ReportingPeriod.Type.QUARTER);
  }
}
