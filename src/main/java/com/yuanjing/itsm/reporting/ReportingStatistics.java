package com.yuanjing.itsm.reporting;

import static com.yuanjing.itsm.reporting.ServiceReportingProcess.Elements.END_EVENT_REPORT_CANCELLED;
import static com.yuanjing.itsm.reporting.ServiceReportingProcess.Variables.*;

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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 服务报告提交及时率 (KPI of 2.2), counted by the database from the engine's history (docs/service-reporting.md):
 * the reports whose {@code dueAt} falls in the period, without those ended at 报告已取消; a report counts once
 * it is decided, i.e. submitted or past its due date as of now; it is on time when {@code submittedAt <= dueAt}.
 * The KPI module and {@code GET /api/service-reports/on-time-rate} count with the same query.
 */
@Component
public class ReportingStatistics implements KpiSource {

  static final String OUTCOME = "outcome";
  private static final List<KpiColumn> COLUMNS = List.of(new KpiColumn(REPORT_TYPE, "报告类型"),
      new KpiColumn(CUSTOMER, "客户"), new KpiColumn(DUE_AT, "截止时间"), new KpiColumn(SUBMITTED_AT, "提交时间"),
      new KpiColumn(OUTCOME, "结果"));

  // Final values of process-level variables; dates are epoch milliseconds. The instances of the schedule
  // (serviceReportScheduling) have no reportType and are never counted.
  private static final String REPORTS_DUE_IN_PERIOD = " FROM ACT_HI_PROCINST p"
      + ProcessVariables.join("t", REPORT_TYPE)
      + ProcessVariables.join("d", DUE_AT)
      + ProcessVariables.leftJoin("s", SUBMITTED_AT)
      + ProcessVariables.leftJoin("sid", SERVICE_ID)
      + ProcessVariables.leftJoin("c", CUSTOMER)
      + " WHERE p.PROC_DEF_KEY_ = ? AND d.LONG_ >= ? AND d.LONG_ < ?"
      + " AND NOT EXISTS (SELECT 1 FROM ACT_HI_ACTINST a WHERE a.PROC_INST_ID_ = p.PROC_INST_ID_"
      + " AND a.ACT_ID_ = '" + END_EVENT_REPORT_CANCELLED + "')";
  /** Counted: submitted, or not submitted and due at or before now (the last argument). */
  private static final String DECIDED = " AND (s.LONG_ IS NOT NULL OR d.LONG_ <= ?)";
  private static final String ON_TIME = "CASE WHEN s.LONG_ <= d.LONG_ THEN 1 ELSE 0 END";

  private static final String PENDING = "SELECT COUNT(*)" + REPORTS_DUE_IN_PERIOD
      + " AND s.LONG_ IS NULL AND d.LONG_ > ?";

  private final JdbcTemplate jdbc;
  private final double target;

  public ReportingStatistics(JdbcTemplate jdbc, KpiObjectives objectives) {
    this.jdbc = jdbc;
    this.target = objectives.of(Kpi.REPORT_ON_TIME).target();
  }

  /** The on-time rate of a period such as {@code 2026-Q4}, {@code 2026-11} or {@code 2026}, as of now. */
  public OnTimeRate onTimeRate(String periodText) {
    ReportingPeriod period = ReportingPeriod.parse(periodText);
    Instant now = ClockUtil.getCurrentTime().toInstant();
    List<KpiRecord> decided = records(period, null, now);
    long onTime = decided.stream().filter(KpiRecord::met).count();
    long submittedLate = decided.stream().filter(report -> !report.met() && report.facts().get(SUBMITTED_AT) != null)
        .count();
    long due = decided.size();
    Long pending = jdbc.queryForObject(PENDING, Long.class, arguments(period, now.toEpochMilli()));
    Double rate = due == 0 ? null : (double) onTime / due;
    String status = rate == null ? "无应提交报告" : rate >= target ? KpiStatus.MET : KpiStatus.NOT_MET;
    List<String> late = decided.stream().filter(report -> !report.met()).map(KpiRecord::businessKey).toList();
    return new OnTimeRate(period.label(), period.start(), period.end(), now, due, onTime, submittedLate,
        due - onTime - submittedLate, pending, rate, target, status, late);
  }

  /** Per service (null for reports to a customer as a whole): decided reports and those submitted on time. */
  @Override
  public List<KpiTally> tallies(ReportingPeriod period) {
    return jdbc.query("SELECT sid.TEXT_ AS service_id, COUNT(*) AS counted, SUM(" + ON_TIME + ") AS met"
            + REPORTS_DUE_IN_PERIOD + DECIDED + " GROUP BY sid.TEXT_",
        (rs, row) -> new KpiTally(rs.getString("service_id"), rs.getLong("counted"), rs.getLong("met")),
        arguments(period, ClockUtil.getCurrentTime().getTime()));
  }

  /** The decided reports, by due date and key. */
  @Override
  public List<KpiRecord> records(ReportingPeriod period, String serviceId) {
    return records(period, serviceId, ClockUtil.getCurrentTime().toInstant());
  }

  @Override
  public List<KpiColumn> columns() {
    return COLUMNS;
  }

  private List<KpiRecord> records(ReportingPeriod period, String serviceId, Instant now) {
    List<Object> arguments = new ArrayList<>(Arrays.asList(arguments(period, now.toEpochMilli())));
    if (serviceId != null) {
      arguments.add(serviceId);
    }
    return jdbc.query("SELECT p.BUSINESS_KEY_, p.PROC_INST_ID_, sid.TEXT_ AS service_id, t.TEXT_ AS report_type,"
            + " c.TEXT_ AS customer, d.LONG_ AS due_at, s.LONG_ AS submitted_at, " + ON_TIME + " AS met"
            + REPORTS_DUE_IN_PERIOD
            + DECIDED + (serviceId == null ? "" : " AND sid.TEXT_ = ?") + " ORDER BY d.LONG_, p.BUSINESS_KEY_",
        (rs, row) -> record(rs), arguments.toArray());
  }

  private static KpiRecord record(ResultSet rs) throws SQLException {
    boolean onTime = rs.getInt("met") == 1;
    Instant submittedAt = KpiFacts.epochMillis(rs, "submitted_at");
    Map<String, Object> facts = new LinkedHashMap<>();
    String type = rs.getString("report_type");
    facts.put(REPORT_TYPE, Arrays.stream(ReportType.values()).filter(each -> each.name().equals(type))
        .map(ReportType::label).findFirst().orElse(type));
    facts.put(CUSTOMER, rs.getString("customer"));
    facts.put(DUE_AT, KpiFacts.epochMillis(rs, "due_at"));
    facts.put(SUBMITTED_AT, submittedAt);
    facts.put(OUTCOME, onTime ? "按时提交" : submittedAt != null ? "逾期提交" : "逾期未提交");
    return new KpiRecord(rs.getString("BUSINESS_KEY_"), rs.getString("PROC_INST_ID_"), rs.getString("service_id"),
        facts, onTime);
  }

  private static Object[] arguments(ReportingPeriod period, long now) {
    return new Object[] {ServiceReportingProcess.KEY, period.start().toEpochMilli(), period.end().toEpochMilli(), now};
  }
}
