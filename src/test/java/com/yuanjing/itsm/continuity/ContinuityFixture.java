package com.yuanjing.itsm.continuity;

import com.yuanjing.itsm.servicelevel.ItService;
import com.yuanjing.itsm.servicelevel.ServiceDirectory;
import com.yuanjing.itsm.sla.SupportHours;
import com.yuanjing.itsm.testsupport.TestDatabase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The suite's tables on a fresh database of the selected kind, and the services and plans the tests use. */
final class ContinuityFixture {

  static final ItService ONLINE_BANKING = keyService("online-banking", "网上银行系统");
  static final ItService CORE_ACCOUNTING = keyService("core-accounting", "核心账务系统");
  static final ItService OFFICE_OA = new ItService("office-oa", "办公自动化系统", "BRONZE");
  static final ServiceDirectory SERVICES = ServiceDirectory.of(List.of(ONLINE_BANKING, CORE_ACCOUNTING, OFFICE_OA));

  private ContinuityFixture() {}

  static JdbcTemplate migratedDatabase(String purpose) {
    DataSource dataSource = new DriverManagerDataSource(TestDatabase.newDatabaseUrl(purpose), TestDatabase.username(),
        TestDatabase.password());
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").table("itsm_schema_history")
        .load().migrate();
    return new JdbcTemplate(dataSource);
  }

  static ItService keyService(String id, String name) {
    return new ItService(id, name, "京华银行", "GOLD", SupportHours.ALWAYS, SupportHours.ALWAYS, true, List.of(), "manager");
  }

  /** A valid plan as the REST API receives it. */
  static Map<String, Object> plan(int rtoMinutes, int rpoMinutes) {
    Map<String, Object> plan = new HashMap<>();
    plan.put("recoverySteps", "1. 切换至同城灾备数据库\n2. 切换应用流量\n3. 验证交易");
    plan.put("rtoMinutes", rtoMinutes);
    plan.put("rpoMinutes", rpoMinutes);
    plan.put("owner", "manager");
    plan.put("lastReviewed", "2026-11-02");
    return plan;
  }
}
