package com.yuanjing.itsm.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.yuanjing.itsm.demo.DemoHistoryGenerator;
import com.yuanjing.itsm.demo.DemoHistoryProperties;
import com.yuanjing.itsm.incident.IncidentProcess;
import com.yuanjing.itsm.kpi.Kpi;
import com.yuanjing.itsm.kpi.KpiService;
import com.yuanjing.itsm.kpi.ReportingPeriod;
import com.yuanjing.itsm.testsupport.ProcessTests;
import com.yuanjing.itsm.testsupport.SuiteClient;
import com.yuanjing.itsm.testsupport.SuiteIntegrationTest;
import com.yuanjing.itsm.testsupport.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The KPI speed benchmark of docs/benchmarks.md, not part of the test run (its name does not end in Test): plays
 * {@code benchmark.months} months of demo history ({@code benchmark.incidents-per-month}, default 1,000) into the
 * quarter 2026-Q3 and the months before it through the real processes, then compares the median time of computing
 * all twelve KPIs for 2026-Q3, and of the dashboard's first screen, with a plain {@code SELECT count(*)} over
 * {@code ACT_HI_ACTINST}. Run it with the command in docs/benchmarks.md; it writes
 * {@code target/benchmark/kpi-benchmark.txt}.
 */
@SuiteIntegrationTest
class KpiBenchmark {

  private static final ZoneId BEIJING = ProcessTests.BEIJING;
  private static final ReportingPeriod QUARTER = ReportingPeriod.parse("2026-Q3");
  private static final int WARM_UP = 3;
  private static final int RUNS = 11;

  @Autowired DemoHistoryGenerator generator;
  @Autowired KpiService kpis;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @Test
  void kpisOfAQuarterAgainstACountOfTheActivityHistory() throws IOException {
    int months = Integer.getInteger("benchmark.months", 3);
    int incidentsPerMonth = Integer.getInteger("benchmark.incidents-per-month", 1000);
    Instant end = QUARTER.end().atZone(BEIJING).plusDays(7).toInstant();
    Instant start = QUARTER.end().atZone(BEIJING).minusMonths(months).toInstant();
    ClockUtil.setCurrentTime(Date.from(start));
    DemoHistoryGenerator.Result generated;
    try {
      generated = generator.generate(start, end, new DemoHistoryProperties(true, months, incidentsPerMonth, 1));
    } finally {
      ClockUtil.reset();
    }
    if (TestDatabase.isPostgres()) {
      // as autovacuum would have done by now on a database that grew over months; it also lets count(*) read
      // the smallest index alone, so the bound is the strictest
      jdbc.execute("VACUUM ANALYZE");
    }

    long incidents = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = ?", Long.class,
        IncidentProcess.KEY);
    long activities = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_ACTINST", Long.class);
    long variables = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_VARINST", Long.class);
    long instances = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_PROCINST", Long.class);

    SuiteClient client = new SuiteClient(port);
    String firstKpi = Kpi.values()[0].id();
    double countMillis = median(() -> jdbc.queryForObject("SELECT count(*) FROM ACT_HI_ACTINST", Long.class));
    double kpiMillis = median(() -> assertThat(kpis.all(QUARTER)).hasSize(Kpi.values().length));
    double dashboardMillis = median(() -> {
      assertThat(client.get("manager", "/kpi/").statusCode()).isEqualTo(200);
      assertThat(client.get("manager", "/api/kpis?period=" + QUARTER.label()).statusCode()).isEqualTo(200);
      assertThat(client.get("manager", "/api/kpis/" + firstKpi + "?period=" + QUARTER.label()).statusCode())
          .isEqualTo(200);
    });

    StringBuilder perKpi = new StringBuilder();
    for (Kpi kpi : Kpi.values()) {
      perKpi.append("    %s: %.1f ms%n".formatted(kpi.id(), median(() -> kpis.value(kpi, QUARTER, null))));
    }

    String report = String.join("\n",
        "database: " + (TestDatabase.isPostgres() ? "embedded PostgreSQL" : "H2 in memory"),
        "generated: %d months, %d incidents a month: %d steps, %d jobs, %d failures in %d s".formatted(months,
            incidentsPerMonth, generated.steps(), generated.jobs(), generated.failures(),
            generated.millis() / 1000),
        "history: %d incidents, %d process instances, %d activity instances, %d variables".formatted(incidents,
            instances, activities, variables),
        "median of %d runs after %d warm-up runs:".formatted(RUNS, WARM_UP),
        "  SELECT count(*) FROM ACT_HI_ACTINST: %.1f ms".formatted(countMillis),
        "  all twelve KPIs of %s: %.1f ms (%.2f x the count)".formatted(QUARTER.label(), kpiMillis,
            kpiMillis / countMillis),
        "  each KPI alone:",
        perKpi.toString().stripTrailing(),
        "  dashboard first screen (page, /api/kpis, /api/kpis/%s): %.1f ms (%.2f x the count)".formatted(firstKpi,
            dashboardMillis, dashboardMillis / countMillis),
        "");
    System.out.print(report);
    Path file = Path.of("target", "benchmark", "kpi-benchmark.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(file, report);
  }

  private static double median(Runnable action) {
    for (int i = 0; i < WARM_UP; i++) {
      action.run();
    }
    double[] millis = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long started = System.nanoTime();
      action.run();
      millis[i] = (System.nanoTime() - started) / 1e6;
    }
    Arrays.sort(millis);
    return millis[RUNS / 2];
  }
}
