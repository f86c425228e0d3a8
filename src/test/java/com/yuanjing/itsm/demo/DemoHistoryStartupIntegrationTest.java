package com.yuanjing.itsm.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.yuanjing.itsm.incident.IncidentProcess;
import com.yuanjing.itsm.kpi.Kpi;
import com.yuanjing.itsm.kpi.KpiService;
import com.yuanjing.itsm.kpi.ReportingPeriod;
import com.yuanjing.itsm.testsupport.SuiteIntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The switch of docs/operations.md: the suite starts with a month of history, so the dashboard has data. */
@SuiteIntegrationTest
@TestPropertySource(properties = {"itsm.demo-history.enabled=true", "itsm.demo-history.months=1",
    "itsm.demo-history.incidents-per-month=60"})
class DemoHistoryStartupIntegrationTest {

  @Autowired DemoHistoryStartup startup;
  @Autowired HistoryService history;
  @Autowired KpiService kpis;

  @Test
  void startsWithAMonthOfHistoryOnTheRealClock() {
    assertThat(incidents()).isBetween(30L, 90L);
    assertThat(ClockUtil.getCurrentTime().toInstant()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
    ReportingPeriod lastMonth = ReportingPeriod.containing(Instant.now(), ReportingPeriod.Type.MONTH).previous();
    ReportingPeriod thisMonth = ReportingPeriod.containing(Instant.now(), ReportingPeriod.Type.MONTH);
    assertThat(kpis.value(Kpi.INCIDENT_RESPONSE, lastMonth, null).counted()
        + kpis.value(Kpi.INCIDENT_RESPONSE, thisMonth, null).counted()).isPositive();
  }

  @Test
  void aRestartAddsNoSecondHistory() {
    long before = incidents();
    startup.generateOnce();
    assertThat(incidents()).isEqualTo(before);
  }

  private long incidents() {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(IncidentProcess.KEY).count();
  }
}
