package com.yuanjing.itsm.capacity;

import static com.yuanjing.itsm.incident.IncidentProcess.Variables.*;

import com.yuanjing.itsm.incident.IncidentCategory;
import com.yuanjing.itsm.incident.IncidentTaskFormValidator;
import com.yuanjing.itsm.kpi.ClosedIncidents;
import com.yuanjing.itsm.kpi.CountTargets;
import com.yuanjing.itsm.kpi.IncidentFactsRecorder;
import com.yuanjing.itsm.kpi.Kpi;
import com.yuanjing.itsm.kpi.KpiColumn;
import com.yuanjing.itsm.kpi.KpiFacts;
import com.yuanjing.itsm.kpi.KpiObjectives;
import com.yuanjing.itsm.kpi.KpiRecord;
import com.yuanjing.itsm.kpi.KpiSource;
import com.yuanjing.itsm.kpi.KpiStatus;
import com.yuanjing.itsm.kpi.KpiTally;
import com.yuanjing.itsm.kpi.ProcessVariables;
import com.yuanjing.itsm.kpi.ReportingPeriod;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The KPI 容量事件次数 (capacity incidents per quarter, target {@code itsm.kpi.objectives.capacity-incidents.target}):
 * the incidents whose final category is {@code CAPACITY}, counted in the period they were reported in
 * ({@code reportedAt} in Beijing time), open or closed, except those closed as withdrawn or duplicate. It does
 * not matter how an incident came in (a capacity case, the service desk, another system). The database does
 * the counting over the incidents' final variables ({@code itsm_incident_facts}), for
 * {@code GET /api/capacity/incidents} and the KPI module alike (docs/capacity-management.md).
 */
@Service
public class CapacityIncidentCount implements KpiSource {

  private static final List<KpiColumn> COLUMNS = List.of(new KpiColumn(REPORTED_AT, "报告时间"),
      new KpiColumn(PRIORITY, "优先级"), new KpiColumn(SUMMARY, "摘要"), new KpiColumn(CLOSED_AT, "关闭时间"),
      new KpiColumn(CLOSURE_CODE, "关闭方式"));

  private static final String COUNTED = " WHERE f.category = ? AND f.reported_at >= ? AND f.reported_at < ?"
      + " AND (f.closure_code IS NULL OR f.closure_code NOT IN ("
      + String.join(", ", Collections.nCopies(ClosedIncidents.NOT_COUNTED.size(), "?")) + "))";

  private final JdbcTemplate jdbc;
  private final KpiObjectives objectives;

  public CapacityIncidentCount(JdbcTemplate jdbc, KpiObjectives objectives) {
    this.jdbc = jdbc;
    this.objectives = objectives;
  }

  /** The capacity incidents of a period, with the count against the target. */
  public Report of(ReportingPeriod period) {
    List<String> keys = records(period, null).stream().map(KpiRecord::businessKey).toList();
    long target = CountTargets.of(objectives, Kpi.CAPACITY_INCIDENTS, period);
    return new Report(period.label(), period.start(), period.end(), keys.size(), (int) target,
        keys.size() <= target ? KpiStatus.MET : KpiStatus.NOT_MET, keys);
  }

  /** Per service: the capacity incidents counted. */
  @Override
  public List<KpiTally> tallies(ReportingPeriod period) {
    return jdbc.query("SELECT f.service_id, COUNT(*) AS counted" + IncidentFactsRecorder.FROM_FACTS + COUNTED
            + " GROUP BY f.service_id", (rs, row) -> new KpiTally(rs.getString("service_id"), rs.getLong("counted"), 0),
        arguments(period, null).toArray());
  }

  /** The counted incidents, in the order they were reported. */
  @Override
  public List<KpiRecord> records(ReportingPeriod period, String serviceId) {
    return jdbc.query("SELECT p.BUSINESS_KEY_, p.PROC_INST_ID_, f.service_id, f.reported_at, f.priority,"
            + " summary.TEXT_ AS summary, f.closed_at, f.closure_code" + IncidentFactsRecorder.FROM_FACTS
            + ProcessVariables.leftJoin("summary", SUMMARY) + COUNTED
            + (serviceId == null ? "" : " AND f.service_id = ?") + " ORDER BY f.reported_at, p.BUSINESS_KEY_",
        (rs, row) -> record(rs), arguments(period, serviceId).toArray());
  }

  @Override
  public List<KpiColumn> columns() {
    return COLUMNS;
  }

  private static KpiRecord record(ResultSet rs) throws SQLException {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put(REPORTED_AT, KpiFacts.epochMillis(rs, "reported_at"));
    facts.put(PRIORITY, rs.getString("priority"));
    facts.put(SUMMARY, rs.getString("summary"));
    facts.put(CLOSED_AT, KpiFacts.epochMillis(rs, "closed_at"));
    String code = rs.getString("closure_code");
    facts.put(CLOSURE_CODE, code == null ? null : IncidentTaskFormValidator.CLOSURE_CODES.getOrDefault(code, code));
    return new KpiRecord(rs.getString("BUSINESS_KEY_"), rs.getString("PROC_INST_ID_"), rs.getString("service_id"),
        facts, false);
  }

  private static List<Object> arguments(ReportingPeriod period, String serviceId) {
    List<Object> arguments = new ArrayList<>(List.of(IncidentCategory.CAPACITY.name(),
        period.start().toEpochMilli(), period.end().toEpochMilli()));
    arguments.addAll(ClosedIncidents.NOT_COUNTED);
    if (serviceId != null) {
      arguments.add(serviceId);
    }
    return arguments;
  }

  /**
   * 容量事件次数 of a period.
   *
   * @param target the most capacity incidents the period may have
   * @param status 达标 or 未达标
   * @param incidentKeys the incidents counted, in the order they were reported
   */
  public record Report(String period, Instant from, Instant to, int count, int target, String status,
      List<String> incidentKeys) {}
}
