package com.yuanjing.itsm.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import com.yuanjing.itsm.kpi.Kpi;
import com.yuanjing.itsm.kpi.KpiObjectives;
import com.yuanjing.itsm.kpi.ReportingPeriod;
import com.yuanjing.itsm.testsupport.TestDatabase;
import com.yuanjing.itsm.testsupport.TestObjectives;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The configuration accuracy KPI computed by the database from audit results. The tests share one
 * database, so each counts results in a year of its own.
 */
@Tag("database")
class ConfigurationAccuracyTest {

  private static final AtomicLong ITEMS = new AtomicLong();
  private static JdbcTemplate jdbc;

  @BeforeAll
  static void migrate() {
    DataSource dataSource = new DriverManagerDataSource(TestDatabase.newDatabaseUrl("accuracy"),
        TestDatabase.username(), TestDatabase.password());
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").table("itsm_schema_history")
        .baselineOnMigrate(true).baselineVersion("0").load().migrate();
    jdbc = new JdbcTemplate(dataSource);
  }

  @Test
  void ninetyNineAccurateOfOneHundredMeetsTheTarget() {
    results("2030-11-15T10:00", 99, true);
    results("2030-11-15T10:00", 1, false);

    ConfigurationAccuracy.Report report = accuracy().of(ReportingPeriod.parse("2030-Q4"));

    assertThat(report.period()).isEqualTo("2030-Q4");
    assertThat(report.verified()).isEqualTo(100);
    assertThat(report.accurate()).isEqualTo(99);
    assertThat(report.rate()).isEqualByComparingTo("0.99");
    assertThat(report.target()).isEqualByComparingTo("0.99");
    assertThat(report.status()).isEqualTo("达标");
    results("2030-12-31T23:59", 1, false);
    assertThat(accuracy().of(ReportingPeriod.parse("2030-Q4")).status()).isEqualTo("未达标");
  }

  @Test
  void statusComparesTheExactRateNotTheRoundedOne() {
    results("2031-03-01T10:00", 198, true);
    results("2031-03-01T10:00", 1, false);

    ConfigurationAccuracy.Report report = new ConfigurationAccuracy(jdbc, TestObjectives.with(Map.of(Kpi.CONFIGURATION_ACCURACY,
        new KpiObjectives.Objective(0.995, ReportingPeriod.Type.QUARTER))))
        .of(ReportingPeriod.parse("2031-03"));

    assertThat(report.rate()).isEqualByComparingTo("0.9950"); // 198 / 199 = 0.99497...
    assertThat(report.status()).isEqualTo("未达标");
  }

  @Test
  void periodsStartAndEndAtMidnightInBeijing() {
    results("2032-09-30T23:59:59", 1, false); // Q3 in Beijing, though 15:59:59 UTC
    results("2032-10-01T00:00", 1, true); // Q4 in Beijing, though still 30 September in UTC
    results("2032-12-31T23:59:59", 1, true);
    results("2033-01-01T00:00", 1, false);

    assertThat(accuracy().of(ReportingPeriod.parse("2032-Q3")).accurate()).isZero();
    assertThat(accuracy().of(ReportingPeriod.parse("2032-Q3")).verified()).isEqualTo(1);
    assertThat(accuracy().of(ReportingPeriod.parse("2032-Q4")).verified()).isEqualTo(2);
    assertThat(accuracy().of(ReportingPeriod.parse("2032-Q4")).rate()).isEqualByComparingTo("1");
    assertThat(accuracy().of(ReportingPeriod.parse("2032-10")).verified()).isEqualTo(1);
    assertThat(accuracy().of(ReportingPeriod.parse("2032")).verified()).isEqualTo(3);
  }

  @Test
  void periodWithoutVerificationsHasNoRate() {
    ConfigurationAccuracy.Report report = accuracy().of(ReportingPeriod.parse("2034-Q1"));

    assertThat(report.verified()).isZero();
    assertThat(report.rate()).isNull();
    assertThat(report.status()).isNull();
  }

  private static ConfigurationAccuracy accuracy() {
    return new ConfigurationAccuracy(jdbc, TestObjectives.standard());
  }

  /** {@code count} results verified at a Beijing time, each of another item in one audit. */
  private static void results(String beijingTime, int count, boolean accurate) {
    Instant verifiedAt = LocalDateTime.parse(beijingTime).atZone(ReportingPeriod.ZONE).toInstant();
    for (int i = 0; i < count; i++) {
      jdbc.update("INSERT INTO itsm_configuration_audit_result (audit_key, item_id, verified_revision, accurate, "
              + "verified_by, verified_at) VALUES (?, ?, 1, ?, 'config', ?)", "CAU-TEST", ITEMS.incrementAndGet(),
          accurate, verifiedAt.atOffset(ZoneOffset.UTC));
    }
  }
}
