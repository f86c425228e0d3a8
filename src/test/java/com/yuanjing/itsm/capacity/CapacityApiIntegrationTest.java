package com.yuanjing.itsm.capacity;

import static com.yuanjing.itsm.testsupport.ProcessTests.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuanjing.itsm.incident.IncidentProcess;
import com.yuanjing.itsm.incident.IncidentReports;
import com.yuanjing.itsm.incident.IncidentService;
import com.yuanjing.itsm.kpi.KpiStatus;
import com.yuanjing.itsm.kpi.ReportingPeriod;
import com.yuanjing.itsm.testsupport.ProcessTests;
import com.yuanjing.itsm.testsupport.SuiteClient;
import com.yuanjing.itsm.testsupport.SuiteIntegrationTest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 * The KPI 容量事件次数 as a known answer, real incidents driven through the real incident process and counted
 * by the database over the engine's history; and the approved capacity plans of a quarter.
 */
@SuiteIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CapacityApiIntegrationTest {

  @LocalServerPort int port;
  @Autowired IncidentService incidents;
  @Autowired ProcessEngine engine;
  @Autowired ManagementService managementService;
  @Autowired CapacityIncidentCount capacityIncidents;
  @Autowired CapacityPlans plans;
  @Autowired ObjectMapper json;
  SuiteClient client;

  private final List<String> q4Keys = new ArrayList<>();
  private String q1Key;

  /**
   * 2026-Q4 in Beijing, in the order reported: a capacity incident resolved; one reported under another category
   * and recategorised as capacity when resolved (the final category counts); one still open; one reported at
   * 23:30 on New Year's Eve in Beijing. Not counted: a capacity report withdrawn, one closed as a duplicate, one
   * recategorised away from capacity, and one reported at 00:30 on New Year's Day in Beijing (still 2026 in UTC),
   * which counts in 2027-Q1.
   */
  @BeforeAll
  void handleIncidents() {
    q4Keys.add(incident("2026-10-08T10:00", "CAPACITY", "CAPACITY", "RESOLVED"));
    incident("2026-10-20T10:00", "CAPACITY", "CAPACITY", "WITHDRAWN");
    q4Keys.add(incident("2026-11-02T10:00", "APPLICATION", "CAPACITY", "WORKAROUND"));
    incident("2026-11-03T10:00", "CAPACITY", "CAPACITY", "DUPLICATE");
    incident("2026-11-04T10:00", "CAPACITY", "DATABASE", "RESOLVED");
    at("2026-11-20T10:00");
    q4Keys.add(report("CAPACITY").getBusinessKey());
    q4Keys.add(incident("2026-12-31T23:30", "CAPACITY", "CAPACITY", "RESOLVED"));
    q1Key = incident("2027-01-01T00:30", "CAPACITY", "CAPACITY", "RESOLVED");
    ClockUtil.reset();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aQuarterCountsTheIncidentsReportedInItWhoseFinalCategoryIsCapacity() {
    CapacityIncidentCount.Report q4 = capacityIncidents.of(ReportingPeriod.parse("2026-Q4"));

    assertThat(q4.incidentKeys()).containsExactlyElementsOf(q4Keys);
    assertThat(q4.count()).isEqualTo(4);
    assertThat(q4.target()).isEqualTo(1);
    assertThat(q4.status()).isEqualTo(KpiStatus.NOT_MET);

    CapacityIncidentCount.Report q1 = capacityIncidents.of(ReportingPeriod.parse("2027-Q1"));
    assertThat(q1.incidentKeys()).as("reported at 00:30 on 1 January in Beijing").containsExactly(q1Key);
    assertThat(q1.status()).isEqualTo(KpiStatus.MET);
    assertThat(capacityIncidents.of(ReportingPeriod.parse("2026-Q3")).count()).isZero();
  }

  @Test
  void apiAnswersTheKpiToItsReadersOnly() throws Exception {
    client = new SuiteClient(port);

    HttpResponse<String> answer = client.get("quality", "/api/capacity/incidents?period=2026-Q4");

    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode report = json.readTree(answer.body());
    assertThat(report.get("period").asText()).isEqualTo("2026-Q4");
    assertThat(report.get("count").asInt()).isEqualTo(4);
    assertThat(report.get("target").asInt()).isEqualTo(1);
    assertThat(report.get("status").asText()).isEqualTo("未达标");
    assertThat(report.get("incidentKeys")).extracting(JsonNode::asText).containsExactlyElementsOf(q4Keys);
    assertThat(report.get("from").asText()).isEqualTo("2026-09-30T16:00:00Z");
    for (String reader : List.of("manager", "auditor", "admin")) {
      assertThat(client.get(reader, "/api/capacity/incidents?period=2027-Q1").statusCode()).as(reader).isEqualTo(200);
    }
    assertThat(json.readTree(client.get("manager", "/api/capacity/incidents?period=2027-Q1").body())
        .get("status").asText()).isEqualTo("达标");

    assertThat(client.get(null, "/api/capacity/incidents?period=2026-Q4").statusCode()).isEqualTo(401);
    HttpResponse<String> engineer = client.get("engineer", "/api/capacity/incidents?period=2026-Q4");
    assertThat(engineer.statusCode()).isEqualTo(403);
    assertThat(json.readTree(engineer.body()).get("message").asText()).contains("容量事件次数");
    assertThat(client.get("desk", "/api/capacity/incidents?period=2026-Q4").statusCode()).isEqualTo(403);
    for (String bad : List.of("2026-Q5", "2026-11", "2026", "")) {
      HttpResponse<String> invalid = client.get("manager", "/api/capacity/incidents?period=" + bad);
      assertThat(invalid.statusCode()).as(bad).isEqualTo(400);
      assertThat(json.readTree(invalid.body()).get("errors").findValuesAsText("field")).as(bad).containsExactly("period");
      assertThat(invalid.body()).contains("统计周期", "2026-Q4");
    }
    assertThat(client.get("manager", "/api/capacity/incidents").statusCode()).isEqualTo(400);
  }

  @Test
  void apiListsTheApprovedPlansOfAQuarter() throws Exception {
    client = new SuiteClient(port);
    plans.save(new CapacityPlan("2025-Q2", "online-banking", "网上银行系统", "CPU 峰值 70%", "每月增长 5%", "增加应用节点",
        "2025-05 完成", "engineer", "manager", null, Instant.parse("2025-04-03T02:00:00Z"), "CPR-2025-000001"));

    HttpResponse<String> answer = client.get("engineer", "/api/capacity/plans?period=2025-Q2");

    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode listed = json.readTree(answer.body());
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).get("serviceId").asText()).isEqualTo("online-banking");
    assertThat(listed.get(0).get("plannedActions").asText()).isEqualTo("增加应用节点");
    assertThat(listed.get(0).get("approvedBy").asText()).isEqualTo("manager");
    assertThat(json.readTree(client.get("auditor", "/api/capacity/plans?period=2025-Q3").body())).isEmpty();
    assertThat(client.get(null, "/api/capacity/plans?period=2025-Q2").statusCode()).isEqualTo(401);
    assertThat(client.get("desk", "/api/capacity/plans?period=2025-Q2").statusCode()).isEqualTo(403);
    assertThat(client.get("manager", "/api/capacity/plans?period=2025-04").statusCode()).isEqualTo(400);
  }

  /** An incident reported at this Beijing time under one category, resolved under another and closed with the code. */
  private String incident(String reported, String reportedCategory, String finalCategory, String closureCode) {
    at(reported);
    ProcessInstance incident = report(reportedCategory);
    complete(incident, IncidentProcess.Elements.TASK_ACCEPT_INCIDENT, "engineer", Map.of());
    complete(incident, IncidentProcess.Elements.TASK_RESOLVE_INCIDENT, "engineer", Map.of("category", finalCategory,
        "diagnosis", "容量不足", "resolveOutcome", "RESOLVED", "resolutionNote", "已处理"));
    complete(incident, IncidentProcess.Elements.TASK_CONFIRM_RESOLUTION, "desk",
        Map.of("confirmationResult", "CONFIRMED", "closureCode", closureCode));
    return incident.getBusinessKey();
  }

  private ProcessInstance report(String category) {
    ProcessInstance incident = incidents.report(IncidentReports.with("category", category));
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
