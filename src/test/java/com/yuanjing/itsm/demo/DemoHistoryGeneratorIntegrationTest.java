package com.yuanjing.itsm.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.yuanjing.itsm.change.ChangeProcess;
import com.yuanjing.itsm.incident.IncidentProcess;
import com.yuanjing.itsm.kpi.KpiReviewProcess;
import com.yuanjing.itsm.problem.ProblemProcess;
import com.yuanjing.itsm.release.ReleaseProcess;
import com.yuanjing.itsm.reporting.ServiceReportingProcess;
import com.yuanjing.itsm.testsupport.ProcessTests;
import com.yuanjing.itsm.testsupport.SuiteIntegrationTest;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** Two months of demo operations through the real processes: every kind of outcome occurs, nothing fails. */
@SuiteIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoHistoryGeneratorIntegrationTest {

  private static final Instant START = ProcessTests.beijing("2026-09-01T00:00").toInstant();
  private static final Instant END = ProcessTests.beijing("2026-11-01T00:00").toInstant();

  @Autowired DemoHistoryGenerator generator;
  @Autowired ProcessEngine engine;

  DemoHistoryGenerator.Result result;

  @BeforeAll
  void generate() {
    ClockUtil.setCurrentTime(Date.from(START));
    result = generator.generate(START, END, new DemoHistoryProperties(true, 2, 300, 7));
  }

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void everyStepSucceeds() {
    assertThat(result.failures()).isZero();
    assertThat(result.steps()).isGreaterThan(800);
  }

  @Test
  void incidentsHaveEveryOutcome() {
    HistoryService history = engine.getHistoryService();
    long incidents = history.createHistoricProcessInstanceQuery().processDefinitionKey(IncidentProcess.KEY).count();
    assertThat(incidents).isBetween(450L, 750L);
    for (String activity : new String[] {IncidentProcess.Elements.BOUNDARY_EVENT_RESPONSE_SLA_BREACHED,
        IncidentProcess.Elements.BOUNDARY_EVENT_RESOLUTION_SLA_BREACHED, IncidentProcess.Elements.TASK_WAIT_FOR_CUSTOMER,
        IncidentProcess.Elements.TASK_REOPEN_INCIDENT, IncidentProcess.Elements.TASK_AUTO_CLOSE_INCIDENT,
        IncidentProcess.Elements.TASK_REVIEW_MAJOR_INCIDENT, IncidentProcess.Elements.TASK_RAISE_PROBLEM}) {
      assertThat(history.createHistoricActivityInstanceQuery().activityId(activity).count()).as(activity).isPositive();
    }
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(IncidentProcess.KEY).finished()
        .count()).isGreaterThan(incidents * 9 / 10);
  }

  @Test
  void changesReleasesAndProblemsSucceedAndFail() {
    assertEnded(ChangeProcess.KEY, ChangeProcess.Elements.END_EVENT_CHANGE_SUCCEEDED);
    assertEnded(ChangeProcess.KEY, ChangeProcess.Elements.END_EVENT_CHANGE_FAILED);
    assertEnded(ReleaseProcess.KEY, ReleaseProcess.Elements.END_EVENT_RELEASE_SUCCEEDED);
    assertEnded(ProblemProcess.KEY, ProblemProcess.Elements.END_EVENT_PROBLEM_NOT_RESOLVED);
  }

  @Test
  void scheduledProcessesRunOnTheEngineClock() {
    HistoryService history = engine.getHistoryService();
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(KpiReviewProcess.KEY)
        .startedAfter(Date.from(START)).startedBefore(Date.from(END)).count())
        .as("the monthly KPI reviews of 1 October").isPositive();
    assertEnded(ServiceReportingProcess.KEY, ServiceReportingProcess.Elements.END_EVENT_REPORT_SUBMITTED);
  }

  private void assertEnded(String processKey, String endEvent) {
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().activityId(endEvent).count())
        .as(processKey + " " + endEvent).isPositive();
  }
}
