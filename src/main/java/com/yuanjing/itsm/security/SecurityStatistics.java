package com.yuanjing.itsm.security;

import static com.yuanjing.itsm.security.SecurityIncidentProcess.Variables.CUSTOMER_INFORMATION_LEAKED;
import static com.yuanjing.itsm.security.SecurityIncidentProcess.Variables.LEAK_CONFIRMED_AT;

import com.yuanjing.itsm.kpi.KpiStatus;
import com.yuanjing.itsm.kpi.ReportingPeriod;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * 信息泄露次数 (information leaks per year, target ≤ 2) = security incidents with {@code customerInformationLeaked}
 * true whose {@code leakConfirmedAt} (the completion of 研判安全事件 that confirmed the exposure) falls in the year,
 * in Beijing time. False alarms never set the flag, so they count nowhere; an open incident counts from its
 * confirmation. The database counts over the engine's history (docs/information-security.md).
 */
@Service
public class SecurityStatistics {

  // process-level variables (EXECUTION_ID_ = PROC_INST_ID_); a boolean is LONG_ 1, a date epoch milliseconds
  private static final String LEAKS = """
      SELECT p.BUSINESS_KEY_ AS business_key
        FROM ACT_HI_PROCINST p
        JOIN ACT_HI_VARINST leaked ON leaked.PROC_INST_ID_ = p.PROC_INST_ID_
             AND leaked.EXECUTION_ID_ = p.PROC_INST_ID_ AND leaked.NAME_ = '%s' AND leaked.STATE_ = 'CREATED'
        JOIN ACT_HI_VARINST confirmed ON confirmed.PROC_INST_ID_ = p.PROC_INST_ID_
             AND confirmed.EXECUTION_ID_ = p.PROC_INST_ID_ AND confirmed.NAME_ = '%s' AND confirmed.STATE_ = 'CREATED'
       WHERE p.PROC_DEF_KEY_ = ? AND leaked.LONG_ = 1 AND confirmed.LONG_ >= ? AND confirmed.LONG_ < ?
       ORDER BY confirmed.LONG_, p.BUSINESS_KEY_
      """.formatted(CUSTOMER_INFORMATION_LEAKED, LEAK_CONFIRMED_AT);

  private final JdbcTemplate jdbc;
  private final long leakTarget;

  /** @param leakTarget at most this many information leaks a year (requirements 2.10: 2) */
  public SecurityStatistics(JdbcTemplate jdbc, @Value("${itsm.security.leak-target:2}") long leakTarget) {
    this.jdbc = jdbc;
    this.leakTarget = leakTarget;
  }

  /** The leaks of a year ({@code 2026}); other periods are refused, the KPI is yearly. */
  public InformationLeaks leaks(String periodText) {
    ReportingPeriod period = ReportingPeriod.parseYear(periodText, "信息泄露次数");
    List<String> keys = jdbc.queryForList(LEAKS, String.class, SecurityIncidentProcess.KEY,
        period.start().toEpochMilli(), period.end().toEpochMilli());
    return new InformationLeaks(period.label(), period.start(), period.end(), keys.size(), leakTarget,
        keys.size() <= leakTarget ? KpiStatus.MET : KpiStatus.NOT_MET, keys);
  }
}
