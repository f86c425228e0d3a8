package com.yuanjing.itsm.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yuanjing.itsm.testsupport.TestDatabase;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** {@link CapacityPlans} on a fresh database of the selected kind, migrated as the application does. */
@Tag("database")
class CapacityPlansTest {

  private static final Instant APPROVED = Instant.parse("2026-10-09T07:30:00Z");

  private JdbcTemplate jdbc;
  private CapacityPlans plans;

  @BeforeEach
  void migrate() {
    DataSource dataSource = new DriverManagerDataSource(TestDatabase.newDatabaseUrl("capacityplans"),
        TestDatabase.username(), TestDatabase.password());
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").table("itsm_schema_history")
        .load().migrate();
    jdbc = new JdbcTemplate(dataSource);
    plans = new CapacityPlans(jdbc);
  }

  @Test
  void approvedPlansAreKeptPerQuarterAndService() {
    plans.save(plan("2026-Q4", "online-banking", "CPU 峰值 70%", "manager", APPROVED));
    plans.save(plan("2026-Q4", "core-accounting", "磁盘 80%", "manager", APPROVED.plusSeconds(60)));
    plans.save(plan("2027-Q1", "online-banking", "CPU 峰值 75%", "manager", APPROVED.plusSeconds(86_400 * 90)));

    List<CapacityPlan> q4 = plans.ofPeriod("2026-Q4");

    assertThat(q4).extracting(CapacityPlan::serviceId).containsExactly("core-accounting", "online-banking");
    CapacityPlan banking = q4.get(1);
    assertThat(banking).isEqualTo(plan("2026-Q4", "online-banking", "CPU 峰值 70%", "manager", APPROVED));
    assertThat(plans.ofPeriod("2027-Q1")).hasSize(1);
    assertThat(plans.ofPeriod("2026-Q3")).isEmpty();
  }

  @Test
  void aPlanApprovedAgainReplacesTheEarlierOne() {
    plans.save(plan("2026-Q4", "online-banking", "CPU 峰值 70%", "manager", APPROVED));
    plans.save(plan("2026-Q4", "online-banking", "CPU 峰值 72%", "manager2", APPROVED.plusSeconds(3600)));

    assertThat(plans.ofPeriod("2026-Q4")).singleElement().satisfies(plan -> {
      assertThat(plan.currentUtilisation()).isEqualTo("CPU 峰值 72%");
      assertThat(plan.approvedBy()).isEqualTo("manager2");
      assertThat(plan.approvedAt()).isEqualTo(APPROVED.plusSeconds(3600));
    });
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM itsm_capacity_plan", Integer.class)).isEqualTo(1);
  }

  @Test
  void theTableRefusesASecondRowForAQuarterAndService() {
    plans.save(plan("2026-Q4", "online-banking", "CPU 峰值 70%", "manager", APPROVED));

    assertThatThrownBy(() -> jdbc.update("INSERT INTO itsm_capacity_plan (period, service_id, service_name, "
        + "current_utilisation, trend_forecast, planned_actions, planned_dates, approved_at, review_key) "
        + "VALUES ('2026-Q4', 'online-banking', '网上银行系统', 'x', 'x', 'x', 'x', CURRENT_TIMESTAMP, 'CPR-2026-000009')"))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void theReviewListOfServicesIsSplitIntoIds() {
    assertThat(plans.serviceIds("online-banking, core-accounting,")).containsExactly("online-banking", "core-accounting");
    assertThat(plans.serviceIds("")).isEmpty();
    assertThat(plans.serviceIds(null)).isEmpty();
  }

  private static CapacityPlan plan(String period, String serviceId, String utilisation, String approvedBy,
      Instant approvedAt) {
    return new CapacityPlan(period, serviceId, serviceId.equals("online-banking") ? "网上银行系统" : "核心账务系统",
        utilisation, "每月增长 5%", "增加应用节点", "2026-12 完成", "engineer", approvedBy, null, approvedAt,
        "CPR-2026-000001");
  }
}
