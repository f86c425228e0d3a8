package com.yuanjing.itsm.servicelevel;

import static com.yuanjing.itsm.testsupport.ProcessTests.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuanjing.itsm.incident.IncidentProcess;
import com.yuanjing.itsm.incident.IncidentReports;
import com.yuanjing.itsm.incident.IncidentService;
import com.yuanjing.itsm.kpi.ReportingPeriod;
import com.yuanjing.itsm.testsupport.ProcessTests;
import com.yuanjing.itsm.testsupport.SuiteClient;
import com.yuanjing.itsm.testsupport.SuiteIntegrationTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The SLA attainment as a known answer: real incidents driven through the real incident process, counted
 * by the database over the engine's history.
 */
@SuiteIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlaAttainmentIntegrationTest {

  @LocalServerPort int port;
  @Autowired IncidentService incidents;
  @Autowired ProcessEngine engine;
  @Autowired ManagementService managementService;
  @Autowired SlaAttainmentService attainment;
  @Autowired ObjectMapper json;

  /**
   * 2026-Q4 in Beijing: online-banking (GOLD, 7×24, P2: respond in 30 min, resolve in 8 h) has four counted
   * incidents, one responded to late; customer-portal (SILVER, business hours, P2: 1 h, 18 h) one resolved
   * late. Not counted: a withdrawn report, an open incident, and one closed at 00:30 on New Year's Day in
   * Beijing (still 2026 in UTC), which counts in 2027-Q1.
   */
  @BeforeAll
  void handleIncidents() {
    incident("online-banking", "2026-11-02T10:00", "2026-11-02T10:10", "2026-11-02T12:00", "RESOLVED");
    incident("online-banking", "2026-11-03T10:00", "2026-11-03T11:00", "2026-11-03T12:00", "RESOLVED");
    incident("online-banking", "2026-11-04T10:00", "2026-11-04T10:20", "2026-11-04T17:59", "WORKAROUND");
    incident("online-banking", "2026-12-01T22:00", "2026-12-01T22:30", "2026-12-02T06:00", "NO_FAULT_FOUND");
    incident("customer-portal", "2026-11-09T10:00", "2026-11-09T10:30", "2026-11-11T11:00", "RESOLVED");
    incident("online-banking", "2026-11-05T10:00", "2026-11-05T12:00", "2026-11-05T13:00", "WITHDRAWN");
    at("2026-11-06T10:00");
    ProcessInstance open = report("online-banking");
    at("2026-11-06T11:00");
    complete(open, IncidentProcess.Elements.TASK_ACCEPT_INCIDENT, "engineer", Map.of());
    incident("online-banking", "2026-12-31T23:00", "2026-12-31T23:10", "2026-12-31T23:50", "RESOLVED");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void quarterCountsTheIncidentsClosedInItThatWereRespondedToAndResolvedOnTime() {
    SlaAttainmentReport q4 = attainment.attainment(ReportingPeriod.parse("2026-Q4"), null);

    assertThat(q4.overall().incidents()).isEqualTo(5);
    assertThat(q4.overall().met()).isEqualTo(3);
    assertThat(q4.overall().attainment()).isEqualTo(0.6);
    assertThat(service(q4, "online-banking")).isEqualTo(
        new ServiceAttainment("online-banking", "网上银行系统", 4, 3, 0.75, true));
    assertThat(service(q4, "customer-portal")).isEqualTo(
        new ServiceAttainment("customer-portal", "客户服务门户", 1, 0, 0.0, true));
    assertThat(service(q4, "office-oa")).as("a published service without incidents")
        .isEqualTo(new ServiceAttainment("office-oa", "办公自动化系统", 0, 0, null, false));
    assertThat(q4.belowTarget()).extracting(ServiceAttainment::serviceId)
        .containsExactly("customer-portal", "online-banking");

    SlaAttainmentReport q1 = attainment.attainment(ReportingPeriod.parse("2027-Q1"), "online-banking");
    assertThat(q1.overall().incidents()).as("closed at 00:30 on 1 January in Beijing").isEqualTo(1);
    assertThat(q1.overall().met()).isEqualTo(1);
  }

  @Test
  void apiAnswersTheAttainmentOfAPeriodAndAService() throws Exception {
    SuiteClient client = new SuiteClient(port);

    HttpResponse<String> answer = client.get("quality", "/api/services/sla-attainment?period=2026-Q4&service=online-banking");

    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode report = json.readTree(answer.body());
    assertThat(report.get("period").asText()).isEqualTo("2026-Q4");
    assertThat(report.get("target").asDouble()).isEqualTo(0.95);
    assertThat(report.get("services")).hasSize(1);
    assertThat(report.get("overall").get("attainment").asDouble()).isEqualTo(0.75);
    assertThat(report.get("from").asText()).isEqualTo("2026-09-30T16:00:00Z");
    assertThat(client.get("auditor", "/api/services/sla-attainment?period=2026-Q4").statusCode()).isEqualTo(200);

    HttpResponse<String> invalid = client.get("manager", "/api/services/sla-attainment?period=2026-13");
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(invalid.body()).contains("统计周期", "2026-Q4");
    assertThat(client.get("manager", "/api/services/sla-attainment").statusCode()).isEqualTo(400);
    assertThat(client.get("desk", "/api/services/sla-attainment?period=2026-Q4").statusCode()).isEqualTo(403);
  }

  private static ServiceAttainment service(SlaAttainmentReport report, String serviceId) {
    return report.services().stream().filter(s -> serviceId.equals(s.serviceId())).findFirst().orElseThrow();
  }

  /** An incident reported, accepted and resolved at these Beijing times, closed 40 minutes after the resolution. */
  private void incident(String serviceId, String reported, String accepted, String resolved, String closureCode) {
    at(reported);
    ProcessInstance incident = report(serviceId);
    at(accepted);
    complete(incident, IncidentProcess.Elements.TASK_ACCEPT_INCIDENT, "engineer", Map.of());
    at(resolved);
    complete(incident, IncidentProcess.Elements.TASK_RESOLVE_INCIDENT, "engineer", Map.of("category", "APPLICATION",
        "diagnosis", "应用异常", "resolveOutcome", "RESOLVED", "resolutionNote", "已修复"));
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofMinutes(40).toMillis()));
    complete(incident, IncidentProcess.Elements.TASK_CONFIRM_RESOLUTION, "desk",
        Map.of("confirmationResult", "CONFIRMED", "closureCode", closureCode));
  }

  private ProcessInstance report(String serviceId) {
    ProcessInstance incident = incidents.report(IncidentReports.with("serviceId", serviceId));
    runDueJobs();
    return incident;
  }

  private void complete(ProcessInstance instance, String taskKey, String user, Map<String, Object> values) {
    ProcessTests.complete(engine, instance, taskKey, user, values);
  }


  private void runDueJobs() {
    ProcessTests.runDueJobs(managementService);
  }
}
