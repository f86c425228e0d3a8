package com.yuanjing.itsm.kpi;

import static com.yuanjing.itsm.incident.IncidentProcess.Variables.*;

import com.yuanjing.itsm.incident.IncidentTaskFormValidator;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The incidents the incident KPIs count (SLA attainment, response on time, resolution on time): those closed in
 * the period ({@code closedAt}, Beijing time), except reports closed as withdrawn or duplicate, which were no
 * service events. Open incidents count in the period they close in. Whether an incident met its service level
 * is decided on the final values of its timestamps, read from {@code itsm_incident_facts}; the due dates already
 * include paused and reopened time, and an incident without a response or resolution time missed it
 * (docs/kpis.md).
 */
@Component
public class ClosedIncidents {

  /** Closure codes of reports that were not service events: they count nowhere. */
  public static final List<String> NOT_COUNTED = List.of("WITHDRAWN", "DUPLICATE");

  /** The columns of the incident records, the same for all incident KPIs. */
  public static final List<KpiColumn> COLUMNS = List.of(
      new KpiColumn(REPORTED_AT, "报告时间"),
      new KpiColumn(PRIORITY, "优先级"),
      new KpiColumn(RESPONSE_DUE_AT, "响应时限"),
      new KpiColumn(RESPONDED_AT, "响应时间"),
      new KpiColumn(RESOLUTION_DUE_AT, "解决时限"),
      new KpiColumn(RESOLVED_AT, "解决时间"),
      new KpiColumn("pausedMinutes", "暂停时长(分钟)"),
      new KpiColumn(REOPEN_COUNT, "重开次数"),
      new KpiColumn(CLOSED_AT, "关闭时间"),
      new KpiColumn(CLOSURE_CODE, "关闭方式"));

  /** The closure code of 自动关闭事件; the others are the choices of 确认解决. */
  private static final String AUTO_CLOSED = "AUTO_CLOSED";

  /** What an incident must have done to count as met. */
  public enum Rule {
    RESPONSE("f.responded_at <= f.response_due_at"),
    RESOLUTION("f.resolved_at <= f.resolution_due_at"),
    SERVICE_LEVEL("f.responded_at <= f.response_due_at AND f.resolved_at <= f.resolution_due_at");

    private final String condition;

    Rule(String condition) {
      this.condition = condition;
    }

    /** 1 when met, else 0; a missing timestamp makes the comparison unknown, so missed. */
    String met() {
      return "CASE WHEN " + condition + " THEN 1 ELSE 0 END";
    }
  }

  // The period filter on closed_at selects the rows.
  private static final String WHERE = " WHERE f.closed_at >= ? AND f.closed_at < ?"
      + " AND (f.closure_code IS NULL OR f.closure_code NOT IN ("
      + String.join(", ", Collections.nCopies(NOT_COUNTED.size(), "?")) + "))";

  private final JdbcTemplate jdbc;

  public ClosedIncidents(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Incidents counted and met in a period, per service. */
  public List<KpiTally> tallies(ReportingPeriod period, Rule rule) {
    return jdbc.query("SELECT f.service_id, COUNT(*) AS counted, SUM(" + rule.met() + ") AS met"
            + IncidentFactsRecorder.FROM_FACTS + WHERE + " GROUP BY f.service_id",
        (rs, row) -> new KpiTally(rs.getString("service_id"), rs.getLong("counted"), rs.getLong("met")),
        arguments(period, null).toArray());
  }

  /**
   * The incidents counted in a period, by closure time and key, with {@link #COLUMNS} as facts.
   *
   * @param serviceId only this service's incidents; null for all
   */
  public List<KpiRecord> records(ReportingPeriod period, String serviceId, Rule rule) {
    String sql = "SELECT p.BUSINESS_KEY_, f.*, " + rule.met() + " AS met" + IncidentFactsRecorder.FROM_FACTS + WHERE
        + (serviceId == null ? "" : " AND f.service_id = ?") + " ORDER BY f.closed_at, p.BUSINESS_KEY_";
    return jdbc.query(sql, (rs, row) -> record(rs), arguments(period, serviceId).toArray());
  }

  private static KpiRecord record(ResultSet rs) throws SQLException {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put(REPORTED_AT, KpiFacts.epochMillis(rs, "reported_at"));
    facts.put(PRIORITY, rs.getString("priority"));
    facts.put(RESPONSE_DUE_AT, KpiFacts.epochMillis(rs, "response_due_at"));
    facts.put(RESPONDED_AT, KpiFacts.epochMillis(rs, "responded_at"));
    facts.put(RESOLUTION_DUE_AT, KpiFacts.epochMillis(rs, "resolution_due_at"));
    facts.put(RESOLVED_AT, KpiFacts.epochMillis(rs, "resolved_at"));
    facts.put("pausedMinutes", rs.getLong("sla_paused_millis") / 60_000);
    facts.put(REOPEN_COUNT, rs.getLong("reopen_count"));
    facts.put(CLOSED_AT, KpiFacts.epochMillis(rs, "closed_at"));
    facts.put(CLOSURE_CODE, closure(rs.getString("closure_code")));
    return new KpiRecord(rs.getString("BUSINESS_KEY_"), rs.getString("proc_inst_id"), rs.getString("service_id"),
        facts, rs.getInt("met") == 1);
  }

  /** How the incident was closed, as people read it. */
  private static String closure(String code) {
    if (code == null) {
      return null;
    }
    return AUTO_CLOSED.equals(code) ? "自动关闭" : IncidentTaskFormValidator.CLOSURE_CODES.getOrDefault(code, code);
  }

  private static List<Object> arguments(ReportingPeriod period, String serviceId) {
    List<Object> arguments = new ArrayList<>(List.of(period.start().toEpochMilli(), period.end().toEpochMilli()));
    arguments.addAll(NOT_COUNTED);
    if (serviceId != null) {
      arguments.add(serviceId);
    }
    return arguments;
  }
}
