package com.yuanjing.itsm.availability;

import static com.yuanjing.itsm.capacity.AlertmanagerNotifications.notification;
import static com.yuanjing.itsm.testsupport.ProcessTests.at;
import static com.yuanjing.itsm.testsupport.ProcessTests.beijing;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuanjing.itsm.availability.AvailabilityProcess.IncidentVariables;
import com.yuanjing.itsm.incident.IncidentProcess;
import com.yuanjing.itsm.incident.IncidentReports;
import com.yuanjing.itsm.incident.IncidentService;
import com.yuanjing.itsm.testsupport.ProcessTests;
import com.yuanjing.itsm.testsupport.SuiteClient;
import com.yuanjing.itsm.testsupport.SuiteIntegrationTest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Outages on the running suite, reported the way they are in operation: an engineer ticks 服务中断 when
 * accepting an incident, Alertmanager posts an availability alert; the incident's resolution and the
 * alert's end restore them, and the outage records and KPIs show it. Each test uses a service of its own.
 */
@SuiteIntegrationTest
class OutageIntegrationTest {

  private static final String WEBHOOK = "/api/alerts/alertmanager";
  private static final AtomicInteger NUMBER = new AtomicInteger();

  @LocalServerPort int port;
  @Autowired IncidentService incidents;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired ManagementService managementService;
  @Autowired OutageRecords records;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;

  @AfterEach
  void resetClock() {
    identityService.clearAuthentication();
    ClockUtil.reset();
  }

  @Test
  void anIncidentMarkedAsOutageOpensItAndItsResolutionRestoresItAndASecondIncidentJoinsIt() throws Exception {
    at("2026-12-01T10:00");
    ProcessInstance first = incident("online-banking");
    ProcessInstance second = incident("online-banking");

    at("2026-12-01T10:05");
    complete(first, IncidentProcess.Elements.TASK_ACCEPT_INCIDENT, "engineer", "ops-engineers",
        Map.of(IncidentVariables.SERVICE_UNAVAILABLE, true, IncidentVariables.UNAVAILABLE_SINCE, "2026-12-01T09:50+08:00"));
    complete(second, IncidentProcess.Elements.TASK_ACCEPT_INCIDENT, "engineer2", "ops-engineers",
        Map.of(IncidentVariables.SERVICE_UNAVAILABLE, true));

    String outageKey = (String) runtimeService.getVariable(first.getId(), IncidentVariables.OUTAGE_KEY);
    assertThat(outageKey).matches("OUT-2026-\\d{6}");
    assertThat(runtimeService.getVariable(second.getId(), IncidentVariables.OUTAGE_KEY)).isEqualTo(outageKey);
    List<Outage> recorded = outagesOf("online-banking");
    assertThat(recorded).hasSize(1);
    Outage open = recorded.get(0);
    assertThat(open.startedAt()).isEqualTo(beijing("2026-12-01T09:50").toInstant());
    assertThat(open.endedAt()).isNull();
    assertThat(open.source()).isEqualTo(OutageSource.INCIDENT);
    assertThat(open.sourceKey()).isEqualTo(first.getBusinessKey());
    assertThat(open.recordedBy()).isEqualTo("engineer");
    ProcessInstance outage = outage(outageKey);
    assertThat(runtimeService.getVariable(outage.getId(), AvailabilityProcess.Variables.JOINED_REPORTS))
        .isEqualTo(second.getBusinessKey());

    at("2026-12-01T10:20");
    complete(second, IncidentProcess.Elements.TASK_RESOLVE_INCIDENT, "engineer2", "ops-engineers", resolved());
    assertThat(records.find(open.id()).orElseThrow().endedAt()).as("only the opening incident restores").isNull();
    at("2026-12-01T10:40");
    complete(first, IncidentProcess.Elements.TASK_RESOLVE_INCIDENT, "engineer", "ops-engineers", resolved());

    assertThat(records.find(open.id()).orElseThrow().endedAt()).isEqualTo(beijing("2026-12-01T10:40").toInstant());
    assertThat(task(outage, AvailabilityProcess.Elements.TASK_REVIEW_OUTAGE)).isNotNull();

    SuiteClient client = new SuiteClient(port);
    JsonNode listed = json.readTree(client.get("manager", "/api/outages?period=2026-12&service=online-banking").body());
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).get("sourceKey").asText()).isEqualTo(first.getBusinessKey());
    assertThat(listed.get(0).get("outageKey").asText()).isEqualTo(outageKey);
    JsonNode banking = service(json.readTree(client.get("auditor", "/api/availability?period=2026-12").body()),
        "online-banking");
    assertThat(banking.get("outageCount").asInt()).isEqualTo(1);
    assertThat(banking.get("unavailableSeconds").asLong()).isEqualTo(50 * 60);

    complete(outage, AvailabilityProcess.Elements.TASK_REVIEW_OUTAGE, "manager", "ops-managers",
        Map.of(AvailabilityProcess.Variables.ROOT_CAUSE, "登录服务内存泄漏",
            AvailabilityProcess.Variables.PROBLEM_DECISION, "RAISE", AvailabilityProcess.Variables.PROBLEM_CATEGORY,
            "APPLICATION"));

    Outage reviewed = records.find(open.id()).orElseThrow();
    assertThat(reviewed.rootCause()).isEqualTo("登录服务内存泄漏");
    assertThat(reviewed.problemKey()).matches("PRB-2026-\\d{6}");
    JsonNode problem = json.readTree(client.get("engineer", "/api/problems/" + reviewed.problemKey()).body());
    assertThat(problem.toString()).contains(first.getBusinessKey());
  }

  @Test
  void anAvailabilityAlertOpensAnOutageAndItsResolutionRestoresItOtherAlertsDoNot() throws Exception {
    at("2026-12-02T10:00");
    SuiteClient client = new SuiteClient(port);
    String down = fingerprint();
    String cpu = fingerprint();
    String nowhere = fingerprint();

    HttpResponse<String> firing = client.postJson("engineer", WEBHOOK, notification("firing",
        alert("firing", down, "ServiceDown", "service", "customer-portal", "2026-12-02T09:30:00+08:00", null),
        alert("firing", cpu, "HighCpu", "service", "customer-portal", "2026-12-02T09:31:00+08:00", null),
        alert("firing", nowhere, "ServiceDown", "team", "storage", "2026-12-02T09:32:00+08:00", null)));
    assertThat(firing.statusCode()).as(firing.body()).isEqualTo(200);
    runDueJobs();

    List<Outage> recorded = outagesOf("customer-portal");
    assertThat(recorded).hasSize(1);
    Outage open = recorded.get(0);
    assertThat(open.source()).isEqualTo(OutageSource.ALERT);
    assertThat(open.sourceKey()).isEqualTo(String.valueOf(alertId(down)));
    assertThat(open.startedAt()).isEqualTo(Instant.parse("2026-12-02T01:30:00Z"));
    assertThat(open.cause()).contains("ServiceDown");
    assertThat(open.recordedBy()).isEqualTo(AvailabilityProcess.ALERT_RECORDER);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(AvailabilityProcess.KEY)
        .variableValueEquals(AvailabilityProcess.Variables.SOURCE_KEY, String.valueOf(alertId(nowhere))).count())
        .as("an alert without a service").isZero();

    // a repeated notification of the firing alert opens nothing more
    client.postJson("engineer", WEBHOOK, notification("firing",
        alert("firing", down, "ServiceDown", "service", "customer-portal", "2026-12-02T09:30:00+08:00", null)));
    runDueJobs();
    assertThat(outagesOf("customer-portal")).hasSize(1);

    at("2026-12-02T10:30");
    HttpResponse<String> resolved = client.postJson("engineer", WEBHOOK, notification("resolved",
        alert("resolved", cpu, "HighCpu", "service", "customer-portal", "2026-12-02T09:31:00+08:00",
            "2026-12-02T10:10:00+08:00"),
        alert("resolved", down, "ServiceDown", "service", "customer-portal", "2026-12-02T09:30:00+08:00",
            "2026-12-02T10:15:00+08:00")));
    assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
    runDueJobs();

    assertThat(records.find(open.id()).orElseThrow().endedAt()).isEqualTo(Instant.parse("2026-12-02T02:15:00Z"));
    ProcessInstance outage = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(AvailabilityProcess.KEY)
        .variableValueEquals(AvailabilityProcess.Variables.SOURCE_KEY, open.sourceKey()).singleResult();
    assertThat(task(outage, AvailabilityProcess.Elements.TASK_REVIEW_OUTAGE)).isNotNull();
  }

  @Test
  void impactOutageLabelMakesAnyAlertAnOutageOfItsService() throws Exception {
    at("2026-12-02T15:00");
    String fingerprint = fingerprint();
    HttpResponse<String> firing = new SuiteClient(port).postJson("engineer", WEBHOOK, notification("firing",
        alert("firing", fingerprint, "HighErrorRate", "service", "core-accounting", "2026-12-02T14:50:00+08:00", null)
            .replace("\"severity\": \"critical\"", "\"severity\": \"critical\", \"impact\": \"outage\"")));
    assertThat(firing.statusCode()).as(firing.body()).isEqualTo(200);
    runDueJobs();

    assertThat(outagesOf("core-accounting")).extracting(Outage::sourceKey)
        .containsExactly(String.valueOf(alertId(fingerprint)));
  }

  private ProcessInstance incident(String serviceId) {
    ProcessInstance incident = incidents.report(IncidentReports.with("serviceId", serviceId));
    runDueJobs();
    return incident;
  }

  private static Map<String, Object> resolved() {
    Map<String, Object> values = new HashMap<>();
    values.put("category", "APPLICATION");
    values.put("diagnosis", "登录服务内存耗尽");
    values.put("resolveOutcome", "RESOLVED");
    values.put("resolutionNote", "重启登录服务");
    return values;
  }

  private void complete(ProcessInstance instance, String taskKey, String user, String group,
      Map<String, Object> values) {
    Task task = task(instance, taskKey);
    assertThat(task).as(taskKey).isNotNull();
    if (task.getAssignee() == null) {
      taskService.claim(task.getId(), user);
    }
    identityService.setAuthentication(user, List.of(group));
    try {
      taskService.complete(task.getId(), values);
    } finally {
      identityService.clearAuthentication();
    }
    runDueJobs();
  }

  private Task task(ProcessInstance instance, String taskKey) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
        .singleResult();
  }

  private ProcessInstance outage(String businessKey) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult();
  }

  private List<Outage> outagesOf(String serviceId) {
    return records.overlapping(serviceId, Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"));
  }

  private long alertId(String fingerprint) {
    return jdbc.queryForObject("SELECT id FROM itsm_monitoring_alert WHERE fingerprint = ?", Long.class, fingerprint);
  }

  private void runDueJobs() {
    ProcessTests.runDueJobs(managementService);
  }

  private static JsonNode service(JsonNode report, String serviceId) {
    for (JsonNode service : report.get("services")) {
      if (service.get("serviceId").asText().equals(serviceId)) {
        return service;
      }
    }
    throw new AssertionError("no service " + serviceId + " in " + report);
  }

  private static String fingerprint() {
    return "outage" + NUMBER.incrementAndGet() + Long.toHexString(System.nanoTime());
  }

  private static String alert(String status, String fingerprint, String name, String label, String value,
      String startsAt, String endsAt) {
    return """
        {
          "status": "%s",
          "labels": {"alertname": "%s", "%s": "%s", "severity": "critical"},
          "annotations": {"summary": "服务不可用"},
          "startsAt": "%s",
          "endsAt": "%s",
          "fingerprint": "%s"
        }""".formatted(status, name, label, value, startsAt, endsAt == null ? "0001-01-01T00:00:00Z" : endsAt,
        fingerprint);
  }
}
