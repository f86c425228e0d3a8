package com.yuanjing.itsm.configuration;

import com.yuanjing.itsm.kpi.KpiStatus;
import com.yuanjing.itsm.kpi.ReportingPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The KPI configuration accuracy (配置准确率) = accurate verifications / all verifications of configuration
 * items in configuration audits, over the results recorded in {@code itsm_configuration_audit_result}
 * whose {@code verified_at} lies in the period (Beijing time). Target: {@code itsm.configuration.accuracy-target},
 * 0.99 by default (requirement 2.7: ≥ 99% per quarter). See docs/configuration-management.md.
 */
@Service
public class ConfigurationAccuracy {

  /**
   * The KPI of one period.
   *
   * @param rate accurate / verified, rounded to four decimals; null when nothing was verified
   * @param status {@link KpiStatus} 达标 or 未达标 (an exact comparison with the target, not of the rounded rate); null without a rate
   */
  public record Report(String period, long verified, long accurate, BigDecimal rate, BigDecimal target, String status) {}

  private final JdbcTemplate jdbc;
  private final BigDecimal target;

  public ConfigurationAccuracy(JdbcTemplate jdbc, @Value("${itsm.configuration.accuracy-target:0.99}") BigDecimal target) {
    if (target.signum() <= 0 || target.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("itsm.configuration.accuracy-target must be in (0, 1]: " + target);
    }
    this.jdbc = jdbc;
    this.target = target;
  }

  public Report of(ReportingPeriod period) {
    long[] counts = jdbc.queryForObject("SELECT COUNT(*) AS verified, "
            + "COALESCE(SUM(CASE WHEN accurate THEN 1 ELSE 0 END), 0) AS accurate "
            + "FROM itsm_configuration_audit_result WHERE verified_at >= ? AND verified_at < ?",
        (row, number) -> new long[] {row.getLong("verified"), row.getLong("accurate")},
        period.start().atOffset(ZoneOffset.UTC), period.end().atOffset(ZoneOffset.UTC));
    long verified = counts[0];
    long accurate = counts[1];
    if (verified == 0) {
      return new Report(period.label(), 0, 0, null, target, null);
    }
    BigDecimal rate = BigDecimal.valueOf(accurate).divide(BigDecimal.valueOf(verified), 4, RoundingMode.HALF_UP);
    boolean met = BigDecimal.valueOf(accurate).compareTo(target.multiply(BigDecimal.valueOf(verified))) >= 0;
    return new Report(period.label(), verified, accurate, rate, target, met ? KpiStatus.MET : KpiStatus.NOT_MET);
  }
}
