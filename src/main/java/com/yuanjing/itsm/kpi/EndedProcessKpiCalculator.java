package com.yuanjing.itsm.kpi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A rate KPI decided by the end event a process instance ended in (problem resolution, change success, release
 * success): a period counts the instances that ended in it ({@code END_TIME_}, Beijing time) in the end event
 * that meets the KPI or in the one that misses it; instances that ended elsewhere (rejected, cancelled, withdrawn,
 * duplicate) and instances still open are not counted (docs/kpis.md).
 */
public class EndedProcessKpiCalculator implements KpiCalculator {

  /** The service variable has this name in the problem, change and release processes. */
  private static final String SERVICE_ID = "serviceId";
  static final String STARTED = "startedAt";
  static final String ENDED = "endedAt";
  static final String OUTCOME = "outcome";
  private static final List<KpiColumn> COLUMNS = List.of(new KpiColumn(STARTED, "开始时间"),
      new KpiColumn(ENDED, "结束时间"), new KpiColumn(OUTCOME, "结果"));

  // The process definition key and the period select the rows (END_TIME_ is null while an instance is open);
  // the end event decides, the service is a breakdown and may be missing.
  private static final String FROM_COUNTED = " FROM ACT_HI_PROCINST p" + ProcessVariables.leftJoin("sid", SERVICE_ID)
      + " WHERE p.PROC_DEF_KEY_ = ? AND p.END_TIME_ >= ? AND p.END_TIME_ < ? AND p.END_ACT_ID_ IN (?, ?)";

  private final Kpi kpi;
  private final String processKey;
  private final String metEnd;
  private final String metOutcome;
  private final String missedEnd;
  private final String missedOutcome;
  private final JdbcTemplate jdbc;

  /**
   * @param processKey the process definition key, all versions
   * @param metEnd the end event of instances that met the KPI, with its name as the outcome people read
   * @param missedEnd the end event of instances that missed it, with its name
   */
  public EndedProcessKpiCalculator(Kpi kpi, String processKey, String metEnd, String metOutcome, String missedEnd,
      String missedOutcome, JdbcTemplate jdbc) {
    this.kpi = kpi;
    this.processKey = processKey;
    this.metEnd = metEnd;
    this.metOutcome = metOutcome;
    this.missedEnd = missedEnd;
    this.missedOutcome = missedOutcome;
    this.jdbc = jdbc;
  }

  @Override
  public Kpi kpi() {
    return kpi;
  }

  @Override
  public List<KpiTally> tallies(ReportingPeriod period) {
    return jdbc.query("SELECT sid.TEXT_ AS service_id, COUNT(*) AS counted,"
            + " SUM(CASE WHEN p.END_ACT_ID_ = ? THEN 1 ELSE 0 END) AS met" + FROM_COUNTED + " GROUP BY sid.TEXT_",
        (rs, row) -> new KpiTally(rs.getString("service_id"), rs.getLong("counted"), rs.getLong("met")),
        arguments(List.of(metEnd), period, List.of()).toArray());
  }

  @Override
  public List<KpiRecord> records(ReportingPeriod period, String serviceId) {
    return jdbc.query("SELECT p.BUSINESS_KEY_, p.PROC_INST_ID_, sid.TEXT_ AS service_id, p.START_TIME_, p.END_TIME_,"
            + " p.END_ACT_ID_" + FROM_COUNTED + (serviceId == null ? "" : " AND sid.TEXT_ = ?")
            + " ORDER BY p.END_TIME_, p.BUSINESS_KEY_",
        (rs, row) -> record(rs),
        arguments(List.of(), period, serviceId == null ? List.of() : List.of(serviceId)).toArray());
  }

  @Override
  public List<KpiColumn> columns() {
    return COLUMNS;
  }

  private KpiRecord record(ResultSet rs) throws SQLException {
    boolean met = metEnd.equals(rs.getString("END_ACT_ID_"));
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put(STARTED, rs.getTimestamp("START_TIME_").toInstant());
    facts.put(ENDED, rs.getTimestamp("END_TIME_").toInstant());
    facts.put(OUTCOME, met ? metOutcome : missedOutcome);
    return new KpiRecord(rs.getString("BUSINESS_KEY_"), rs.getString("PROC_INST_ID_"), rs.getString("service_id"),
        facts, met);
  }

  /** The engine writes its timestamps in the server's time zone, and the driver sends these in it too. */
  private List<Object> arguments(List<?> before, ReportingPeriod period, List<?> after) {
    List<Object> arguments = new ArrayList<Object>(before);
    arguments.addAll(List.of(processKey, Timestamp.from(period.start()), Timestamp.from(period.end()), metEnd,
        missedEnd));
    arguments.addAll(after);
    return arguments;
  }
}
