package com.yuanjing.itsm.capacity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The approved capacity plans (table {@code itsm_capacity_plan}): one per quarter and key service. Written
 * only by the quarterly capacity review; a plan approved again for the same quarter and service (a repeated
 * job, a review run twice) replaces the earlier one.
 */
@Component("capacityPlans")
public class CapacityPlans {

  private static final String COLUMNS = "period, service_id, service_name, current_utilisation, trend_forecast, "
      + "planned_actions, planned_dates, drafted_by, approved_by, review_comment, approved_at, review_key";

  private final JdbcTemplate jdbc;

  public CapacityPlans(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The service ids of a review's comma-separated list: the collection of its multi-instance sub-process. */
  public List<String> serviceIds(String commaSeparated) {
    return commaSeparated == null || commaSeparated.isBlank() ? List.of()
        : Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(id -> !id.isEmpty()).toList();
  }

  public void save(CapacityPlan plan) {
    Object[] values = {plan.serviceName(), plan.currentUtilisation(), plan.trendForecast(), plan.plannedActions(),
        plan.plannedDates(), plan.draftedBy(), plan.approvedBy(), plan.reviewComment(),
        plan.approvedAt().atOffset(ZoneOffset.UTC), plan.reviewKey(), plan.period(), plan.serviceId()};
    int updated = jdbc.update("UPDATE itsm_capacity_plan SET service_name = ?, current_utilisation = ?, "
        + "trend_forecast = ?, planned_actions = ?, planned_dates = ?, drafted_by = ?, approved_by = ?, "
        + "review_comment = ?, approved_at = ?, review_key = ? WHERE period = ? AND service_id = ?", values);
    if (updated == 0) {
      jdbc.update("INSERT INTO itsm_capacity_plan (service_name, current_utilisation, trend_forecast, "
          + "planned_actions, planned_dates, drafted_by, approved_by, review_comment, approved_at, review_key, "
          + "period, service_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
    }
  }

  /** The plans of a quarter, by service id. */
  public List<CapacityPlan> ofPeriod(String period) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_capacity_plan WHERE period = ? ORDER BY service_id",
        CapacityPlans::plan, period);
  }

  private static CapacityPlan plan(ResultSet rs, int row) throws SQLException {
    return new CapacityPlan(rs.getString("period"), rs.getString("service_id"), rs.getString("service_name"),
        rs.getString("current_utilisation"), rs.getString("trend_forecast"), rs.getString("planned_actions"),
        rs.getString("planned_dates"), rs.getString("drafted_by"), rs.getString("approved_by"),
        rs.getString("review_comment"), rs.getObject("approved_at", OffsetDateTime.class).toInstant(),
        rs.getString("review_key"));
  }
}
