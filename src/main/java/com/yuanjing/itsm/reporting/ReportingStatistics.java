package com.yuanjing.itsm.reporting;

import static com.yuanjing.itsm.reporting.ServiceReportingProcess.Elements.END_EVENT_REPORT_CANCELLED;
import static com.yuanjing.itsm.reporting.ServiceReportingProcess.Variables.*;

import com.yuanjing.itsm.kpi.KpiStatus;
import com.yuanjing.itsm.kpi.ReportingPeriod;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * 服务报告提交及时率 (KPI of 2.2), counted by the database from the engine's history (docs/service-reporting.md):
 * the reports whose {@code dueAt} falls in the period, without those ended at 报告已取消; a report counts once
 * it is submitted or its due date has passed; it is on time when {@code submittedAt <= dueAt}.
 */
@Component
public class ReportingStatistics {

  // Process-level variables (EXECUTION_ID_ = PROC_INST_ID_); dates are epoch milliseconds in LONG_.
  // The instances of the schedule (serviceReportScheduling) have no reportType and are never counted.
  private static final String REPORTS_DUE_IN_PERIOD = """
      FROM ACT_HI_PROCINST p
      JOIN ACT_HI_VARINST t ON t.PROC_INST_ID_ = p.ID_ AND t.EXECUTION_ID_ = p.ID_ AND t.NAME_ = '%s'
      JOIN ACT_HI_VARINST d ON d.PROC_INST_ID_ = p.ID_ AND d.EXECUTION_ID_ = p.ID_ AND d.NAME_ = '%s'
      LEFT JOIN ACT_HI_VARINST s ON s.PROC_INST_ID_ = p.ID_ AND s.EXECUTION_ID_ = p.ID_ AND s.NAME_ = '%s'
      WHERE p.PROC_DEF_KEY_ = ? AND d.LONG_ >= ? AND d.LONG_ < ?
        AND NOT EXISTS (SELECT 1 FROM ACT_HI_ACTINST a WHERE a.PROC_INST_ID_ = p.ID_ AND a.ACT_ID_ = '%s')
      """.formatted(REPORT_TYPE, DUE_AT, SUBMITTED_AT, END_EVENT_REPORT_CANCELLED);

  private static final String COUNTS = """
      SELECT
        COALESCE(SUM(CASE WHEN s.LONG_ IS NOT NULL AND s.LONG_ <= d.LONG_ THEN 1 ELSE 0 END), 0) AS on_time,
        COALESCE(SUM(CASE WHEN s.LONG_ IS NOT NULL AND s.LONG_ > d.LONG_ THEN 1 ELSE 0 END), 0) AS submitted_late,
        COALESCE(SUM(CASE WHEN s.LONG_ IS NULL AND d.LONG_ <= ? THEN 1 ELSE 0 END), 0) AS overdue,
        COALESCE(SUM(CASE WHEN s.LONG_ IS NULL AND d.LONG_ > ? THEN 1 ELSE 0 END), 0) AS pending
      """ + REPORTS_DUE_IN_PERIOD;

  private static final String LATE_KEYS = "SELECT p.BUSINESS_KEY_ " + REPORTS_DUE_IN_PERIOD
      + " AND ((s.LONG_ IS NOT NULL AND s.LONG_ > d.LONG_) OR (s.LONG_ IS NULL AND d.LONG_ <= ?))"
      + " ORDER BY p.BUSINESS_KEY_";

  private final JdbcTemplate jdbc;
  private final ReportingProperties properties;

  public ReportingStatistics(JdbcTemplate jdbc, ReportingProperties properties) {
    this.jdbc = jdbc;
    this.properties = properties;
  }

  /** The on-time rate of a period such as {@code 2026-Q4}, {@code 2026-11} or {@code 2026}, as of now. */
  public OnTimeRate onTimeRate(String periodText) {
    ReportingPeriod period = ReportingPeriod.parse(periodText);
    Instant now = ClockUtil.getCurrentTime().toInstant();
    long from = period.start().toEpochMilli();
    long to = period.end().toEpochMilli();
    Map<String, Object> row = jdbc.queryForMap(COUNTS, now.toEpochMilli(), now.toEpochMilli(),
        ServiceReportingProcess.KEY, from, to);
    long onTime = number(row, "on_time");
    long submittedLate = number(row, "submitted_late");
    long overdue = number(row, "overdue");
    long due = onTime + submittedLate + overdue;
    List<String> late = jdbc.queryForList(LATE_KEYS, String.class, ServiceReportingProcess.KEY, from, to,
        now.toEpochMilli());
    Double rate = due == 0 ? null : (double) onTime / due;
    String status = rate == null ? "无应提交报告" : rate >= properties.onTimeTarget() ? KpiStatus.MET : KpiStatus.NOT_MET;
    return new OnTimeRate(periodText.trim(), period.start(), period.end(), now, due, onTime, submittedLate, overdue,
        number(row, "pending"), rate, properties.onTimeTarget(), status, late);
  }

  private static long number(Map<String, Object> row, String column) {
    // H2 answers upper-case column labels, PostgreSQL lower-case
    Object value = row.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(column))
        .findFirst().orElseThrow().getValue();
    return ((Number) value).longValue();
  }
}
