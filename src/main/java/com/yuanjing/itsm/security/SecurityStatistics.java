package com.yuanjing.itsm.security;

import static com.yuanjing.itsm.security.SecurityIncidentProcess.Variables.*;

import com.yuanjing.itsm.kpi.CountTargets;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * 信息泄露次数 (information leaks per year, target {@code itsm.kpi.objectives.information-leaks.target}) = security
 * incidents with {@code customerInformationLeaked} true whose {@code leakConfirmedAt} (the completion of 研判安全事件
 * that confirmed the exposure) falls in the period, in Beijing time. False alarms never set the flag, so they
 * count nowhere; an open incident counts from its confirmation. The database counts over the engine's history,
 * for {@code GET /api/security-incidents/leaks} and the KPI module alike (docs/information-security.md).
 */
@Service
public class SecurityStatistics implements KpiSource {

  private static final List<KpiColumn> COLUMNS = List.of(new KpiColumn(LEAK_CONFIRMED_AT, "泄露确认时间"),
      new KpiColumn(SEVERITY, "严重程度"), new KpiColumn(AFFECTED_CUSTOMERS, "受影响客户数"),
      new KpiColumn(CUSTOMER_NOTIFICATION_DUE_AT, "通知客户时限"), new KpiColumn(CUSTOMER_NOTIFIED_AT, "通知客户时间"));

  // process-level variables, their final values; a boolean is LONG_ 1, a date epoch milliseconds
  private static final String LEAKS = " FROM ACT_HI_PROCINST p"
      + ProcessVariables.join("leaked", CUSTOMER_INFORMATION_LEAKED)
      + ProcessVariables.join("confirmed", LEAK_CONFIRMED_AT)
      + ProcessVariables.leftJoin("sid", SERVICE_ID);
  private static final String COUNTED = " WHERE p.PROC_DEF_KEY_ = ? AND leaked.LONG_ = 1"
      + " AND confirmed.LONG_ >= ? AND confirmed.LONG_ < ?";

  private final JdbcTemplate jdbc;
  private final KpiObjectives objectives;

  public SecurityStatistics(JdbcTemplate jdbc, KpiObjectives objectives) {
    this.jdbc = jdbc;
    this.objectives = objectives;
  }

  /** The leaks of a year ({@code 2026}); other periods are refused, the KPI is yearly. */
  public InformationLeaks leaks(String periodText) {
    ReportingPeriod period = ReportingPeriod.parseYear(periodText, "信息泄露次数");
    List<String> keys = records(period, null).stream().map(KpiRecord::businessKey).toList();
    long target = CountTargets.of(objectives, Kpi.INFORMATION_LEAKS, period);
    return new InformationLeaks(period.label(), period.start(), period.end(), keys.size(), target,
        keys.size() <= target ? KpiStatus.MET : KpiStatus.NOT_MET, keys);
  }

  /** Per service (null for leaks of no particular service): the leaks counted. */
  @Override
  public List<KpiTally> tallies(ReportingPeriod period) {
    return jdbc.query("SELECT sid.TEXT_ AS service_id, COUNT(*) AS counted" + LEAKS + COUNTED + " GROUP BY sid.TEXT_",
        (rs, row) -> new KpiTally(rs.getString("service_id"), rs.getLong("counted"), 0),
        arguments(period, null).toArray());
  }

  /** The counted security incidents, oldest confirmation first. */
  @Override
  public List<KpiRecord> records(ReportingPeriod period, String serviceId) {
    return jdbc.query("SELECT p.BUSINESS_KEY_, p.PROC_INST_ID_, sid.TEXT_ AS service_id,"
            + " confirmed.LONG_ AS confirmed_at, severity.TEXT_ AS severity, affected.LONG_ AS affected_customers,"
            + " due.LONG_ AS notification_due_at, notified.LONG_ AS notified_at" + LEAKS
            + ProcessVariables.leftJoin("severity", SEVERITY)
            + ProcessVariables.leftJoin("affected", AFFECTED_CUSTOMERS)
            + ProcessVariables.leftJoin("due", CUSTOMER_NOTIFICATION_DUE_AT)
            + ProcessVariables.leftJoin("notified", CUSTOMER_NOTIFIED_AT) + COUNTED
            + (serviceId == null ? "" : " AND sid.TEXT_ = ?") + " ORDER BY confirmed.LONG_, p.BUSINESS_KEY_",
        (rs, row) -> record(rs), arguments(period, serviceId).toArray());
  }

  @Override
  public List<KpiColumn> columns() {
    return COLUMNS;
  }

  private static KpiRecord record(ResultSet rs) throws SQLException {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put(LEAK_CONFIRMED_AT, KpiFacts.epochMillis(rs, "confirmed_at"));
    facts.put(SEVERITY, rs.getString("severity"));
    long affected = rs.getLong("affected_customers");
    facts.put(AFFECTED_CUSTOMERS, rs.wasNull() ? null : affected);
    facts.put(CUSTOMER_NOTIFICATION_DUE_AT, KpiFacts.epochMillis(rs, "notification_due_at"));
    facts.put(CUSTOMER_NOTIFIED_AT, KpiFacts.epochMillis(rs, "notified_at"));
    return new KpiRecord(rs.getString("BUSINESS_KEY_"), rs.getString("PROC_INST_ID_"), rs.getString("service_id"),
        facts, false);
  }

  private static List<Object> arguments(ReportingPeriod period, String serviceId) {
    List<Object> arguments = new ArrayList<>(List.of(SecurityIncidentProcess.KEY, period.start().toEpochMilli(),
        period.end().toEpochMilli()));
    if (serviceId != null) {
      arguments.add(serviceId);
    }
    return arguments;
  }
}
