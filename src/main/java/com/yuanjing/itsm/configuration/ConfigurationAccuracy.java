package com.yuanjing.itsm.configuration;

import com.yuanjing.itsm.kpi.Kpi;
import com.yuanjing.itsm.kpi.KpiColumn;
import com.yuanjing.itsm.kpi.KpiFacts;
import com.yuanjing.itsm.kpi.KpiObjectives;
import com.yuanjing.itsm.kpi.KpiRecord;
import com.yuanjing.itsm.kpi.KpiSource;
import com.yuanjing.itsm.kpi.KpiStatus;
import com.yuanjing.itsm.kpi.KpiTally;
import com.yuanjing.itsm.kpi.ReportingPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The KPI configuration accuracy (配置准确率) = accurate verifications / all verifications of configuration
 * items in configuration audits, over the results recorded in {@code itsm_configuration_audit_result}
 * whose {@code verified_at} lies in the period (Beijing time), per service of the verified item. Target:
 * {@code itsm.kpi.objectives.configuration-accuracy.target} (requirement 2.7: ≥ 99% per quarter). The KPI module
 * and {@code GET /api/configuration-audits/accuracy} count with the same query. See
 * docs/configuration-management.md.
 */
@Service
public class ConfigurationAccuracy implements KpiSource {

  static final String VERIFIED_AT = "verifiedAt";
  static final String ITEM = "item";
  static final String REVISION = "revision";
  static final String OUTCOME = "outcome";
  static final String FINDING = "finding";
  static final String VERIFIED_BY = "verifiedBy";
  private static final List<KpiColumn> COLUMNS = List.of(new KpiColumn(VERIFIED_AT, "核查时间"),
      new KpiColumn(ITEM, "配置项"), new KpiColumn(REVISION, "核查版本"), new KpiColumn(OUTCOME, "核查结果"),
      new KpiColumn(FINDING, "发现"), new KpiColumn(VERIFIED_BY, "核查人"));

  /**
   * The KPI of one period.
   *
   * @param rate accurate / verified, rounded to four decimals; null when nothing was verified
   * @param status {@link KpiStatus} 达标 or 未达标 (an exact comparison with the target, not of the rounded rate); null without a rate
   */
  public record Report(String period, long verified, long accurate, BigDecimal rate, BigDecimal target, String status) {}

  // The period selects the rows; the item gives the service (an item keeps its service), the audit's process
  // instance is found by its business key.
  private static final String RESULTS = " FROM itsm_configuration_audit_result r"
      + " LEFT JOIN itsm_ci ci ON ci.id = r.item_id";
  private static final String IN_PERIOD = " WHERE r.verified_at >= ? AND r.verified_at < ?";

  private final JdbcTemplate jdbc;
  private final BigDecimal target;

  public ConfigurationAccuracy(JdbcTemplate jdbc, KpiObjectives objectives) {
    this.jdbc = jdbc;
    this.target = BigDecimal.valueOf(objectives.of(Kpi.CONFIGURATION_ACCURACY).target());
  }

  public Report of(ReportingPeriod period) {
    List<KpiTally> tallies = tallies(period);
    long verified = tallies.stream().mapToLong(KpiTally::counted).sum();
    long accurate = tallies.stream().mapToLong(KpiTally::met).sum();
    if (verified == 0) {
      return new Report(period.label(), 0, 0, null, target, null);
    }
    BigDecimal rate = BigDecimal.valueOf(accurate).divide(BigDecimal.valueOf(verified), 4, RoundingMode.HALF_UP);
    boolean met = BigDecimal.valueOf(accurate).compareTo(target.multiply(BigDecimal.valueOf(verified))) >= 0;
    return new Report(period.label(), verified, accurate, rate, target, met ? KpiStatus.MET : KpiStatus.NOT_MET);
  }

  /** Per service of the verified items: results and accurate ones. */
  @Override
  public List<KpiTally> tallies(ReportingPeriod period) {
    return jdbc.query("SELECT ci.service_id, COUNT(*) AS verified,"
            + " SUM(CASE WHEN r.accurate THEN 1 ELSE 0 END) AS accurate" + RESULTS + IN_PERIOD + " GROUP BY ci.service_id",
        (rs, row) -> new KpiTally(rs.getString("service_id"), rs.getLong("verified"), rs.getLong("accurate")),
        arguments(period, null).toArray());
  }

  /** The results of the period, by verification time and audit key; met when accurate. */
  @Override
  public List<KpiRecord> records(ReportingPeriod period, String serviceId) {
    return jdbc.query("SELECT r.audit_key, p.PROC_INST_ID_, ci.service_id, r.verified_at, ci.name, r.verified_revision,"
            + " r.accurate, r.finding, r.verified_by" + RESULTS
            + " LEFT JOIN ACT_HI_PROCINST p ON p.BUSINESS_KEY_ = r.audit_key AND p.PROC_DEF_KEY_ = '"
            + ConfigurationProcess.AUDIT_PROCESS_KEY + "'" + IN_PERIOD
            + (serviceId == null ? "" : " AND ci.service_id = ?") + " ORDER BY r.verified_at, r.audit_key, ci.name",
        (rs, row) -> record(rs), arguments(period, serviceId).toArray());
  }

  @Override
  public List<KpiColumn> columns() {
    return COLUMNS;
  }

  private static KpiRecord record(ResultSet rs) throws SQLException {
    boolean accurate = rs.getBoolean("accurate");
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put(VERIFIED_AT, KpiFacts.timestamp(rs, "verified_at"));
    facts.put(ITEM, rs.getString("name"));
    facts.put(REVISION, rs.getInt("verified_revision"));
    facts.put(OUTCOME, accurate ? "准确" : "不准确");
    facts.put(FINDING, rs.getString("finding"));
    facts.put(VERIFIED_BY, rs.getString("verified_by"));
    return new KpiRecord(rs.getString("audit_key"), rs.getString("PROC_INST_ID_"), rs.getString("service_id"), facts,
        accurate);
  }

  private static List<Object> arguments(ReportingPeriod period, String serviceId) {
    List<Object> arguments = new ArrayList<>(List.of(period.start().atOffset(ZoneOffset.UTC),
        period.end().atOffset(ZoneOffset.UTC)));
    if (serviceId != null) {
      arguments.add(serviceId);
    }
    return arguments;
  }
}
