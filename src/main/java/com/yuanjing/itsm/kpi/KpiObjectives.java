package com.yuanjing.itsm.kpi;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code itsm.kpi}: the target of every KPI and the period it is judged by, which the customer
 * revises without a new release (docs/kpis.md).
 *
 * @param trendLength how many periods a trend shows, the asked one included
 * @param objectives per KPI id ({@link Kpi#id()}): its target and period
 */
@ConfigurationProperties("itsm.kpi")
public record KpiObjectives(@DefaultValue("6") int trendLength, Map<String, Objective> objectives) {

  /**
   * The objective of one KPI.
   *
   * @param target for a rate the share to reach, above 0 and at most 1 (0.95 for 95%); for a count the most
   *     records a period may have
   * @param period the period the target is set for; a count's target scales with longer periods
   */
  public record Objective(double target, ReportingPeriod.Type period) {}

  public KpiObjectives {
    if (trendLength < 1 || trendLength > 36) {
      throw new IllegalArgumentException("itsm.kpi.trend-length must be 1 to 36, was " + trendLength);
    }
    objectives = objectives == null ? Map.of() : Map.copyOf(objectives);
    Map<String, Objective> configured = objectives;
    List<String> missing = Arrays.stream(Kpi.values()).map(Kpi::id).filter(id -> !configured.containsKey(id)).toList();
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("itsm.kpi.objectives lacks " + missing);
    }
    for (Map.Entry<String, Objective> entry : objectives.entrySet()) {
      Kpi kpi = Arrays.stream(Kpi.values()).filter(k -> k.id().equals(entry.getKey())).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("itsm.kpi.objectives." + entry.getKey() + " is no KPI"));
      Objective objective = entry.getValue();
      boolean valid = objective.period() != null && (kpi.measure() == Kpi.Measure.RATE
          ? objective.target() > 0 && objective.target() <= 1
          : objective.target() >= 0 && objective.target() == Math.floor(objective.target()));
      if (!valid) {
        throw new IllegalArgumentException("itsm.kpi.objectives." + kpi.id() + " needs a period and a target "
            + (kpi.measure() == Kpi.Measure.RATE ? "above 0 and at most 1" : "that is a whole number of at least 0")
            + ", was " + objective);
      }
    }
  }

  public Objective of(Kpi kpi) {
    return objectives.get(kpi.id());
  }
}
