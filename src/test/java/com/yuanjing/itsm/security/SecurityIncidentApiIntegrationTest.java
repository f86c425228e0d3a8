package com.yuanjing.itsm.security;

import static com.yuanjing.itsm.security.SecurityIncidentProcess.Elements.*;
import static com.yuanjing.itsm.security.SecurityIncidentProcess.Variables.*;
import static com.yuanjing.itsm.testsupport.ProcessTests.beijing;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuanjing.itsm.incident.IncidentProcess;
import com.yuanjing.itsm.incident.IncidentReports;
import com.yuanjing.itsm.kpi.KpiStatus;
import com.yuanjing.itsm.testsupport.SuiteClient;
import com.yuanjing.itsm.testsupport.SuiteIntegrationTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code /api/security-incidents} on a running suite: incidents classified as security handed on exactly once,
 * reporting and looking up a security incident, and the yearly count of information leaks.
 */
@SuiteIntegrationTest
class SecurityIncidentApiIntegrationTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired ObjectMapper json;
  SuiteClient client;

  @BeforeEach
  void connect() {
    client = new SuiteClient(port);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void incidentClassifiedAsSecurityAtRegistrationStartsOneSecurityIncidentAndResolvingItStartsNoSecond()
      throws Exception {
    Map<String, Object> report = IncidentReports.with("category", "SECURITY");
    JsonNode reported = json.readTree(client.postJson("desk", "/api/incidents", json.writeValueAsString(report)).body());
    String incidentId = reported.get("processInstanceId").asText();
    String incidentKey = reported.get("businessKey").asText();
    runJobs();

    String securityKey = (String) runtimeService.getVariable(incidentId, SECURITY_INCIDENT_KEY);
    assertThat(securityKey).matches("SEC-\\d{4}-\\d{6}");
    assertThat(securityIncidentsOf(incidentKey)).containsExactly(securityKey);

    work(incidentId, IncidentProcess.Elements.TASK_ACCEPT_INCIDENT, "engineer", Map.of("acceptanceNote", "已受理"));
    work(incidentId, IncidentProcess.Elements.TASK_RESOLVE_INCIDENT, "engineer", Map.of("category", "SECURITY",
        "diagnosis", "账号被盗用", "resolveOutcome", "RESOLVED", "resolutionNote", "已冻结账号"));
    assertThat(securityIncidentsOf(incidentKey)).as("not handed on twice").containsExactly(securityKey);
    assertThat(runtimeService.getVariable(incidentId, SECURITY_INCIDENT_KEY)).isEqualTo(securityKey);

    HttpResponse<String> answer = client.get("security", "/api/security-incidents/" + securityKey);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonNode view = json.readTree(answer.body());
    assertThat(view.get("incidentKey").asText()).isEqualTo(incidentKey);
    assertThat(view.get("source").asText()).isEqualTo("INCIDENT");
    assertThat(view.get("serviceName").asText()).isEqualTo("网上银行系统");
    assertThat(view.get("summary").asText()).isEqualTo(report.get("summary"));
    assertThat(view.get("closed").asBoolean()).isFalse();
  }

  @Test
  void incidentReclassifiedAsSecurityWhileResolvingIsHandedOnOnce() throws Exception {
    JsonNode reported = json.readTree(client.postJson("desk", "/api/incidents",
        json.writeValueAsString(IncidentReports.valid())).body());
    String incidentId = reported.get("processInstanceId").asText();
    String incidentKey = reported.get("businessKey").asText();
    runJobs();
    assertThat(runtimeService.getVariable(incidentId, SECURITY_INCIDENT_KEY)).isNull();
    assertThat(securityIncidentsOf(incidentKey)).isEmpty();

    work(incidentId, IncidentProcess.Elements.TASK_ACCEPT_INCIDENT, "engineer", Map.of("acceptanceNote", "已受理"));
    work(incidentId, IncidentProcess.Elements.TASK_RESOLVE_INCIDENT, "engineer", Map.of("category", "SECURITY",
        "diagnosis", "发现木马程序", "resolveOutcome", "REASSIGN", "reassignGroup", "ops-engineers"));
    String securityKey = (String) runtimeService.getVariable(incidentId, SECURITY_INCIDENT_KEY);
    assertThat(securityIncidentsOf(incidentKey)).containsExactly(securityKey);

    // the incident comes back to 诊断并解决 and is resolved, still as a security incident
    work(incidentId, IncidentProcess.Elements.TASK_RESOLVE_INCIDENT, "engineer", Map.of("category", "SECURITY",
        "diagnosis", "木马已清除", "resolveOutcome", "RESOLVED", "resolutionNote", "已清除并加固"));
    assertThat(securityIncidentsOf(incidentKey)).containsExactly(securityKey);
  }

  @Test
  void securityOfficerReportsAnEventAndBadReportsAreRefusedNamingTheField() throws Exception {
    HttpResponse<String> created = client.postJson("security", "/api/security-incidents", """
        {"summary": "门户网站被篡改", "description": "首页出现非法内容", "serviceId": "online-banking"}""");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String key = json.readTree(created.body()).get("businessKey").asText();
    assertThat(key).matches("SEC-\\d{4}-\\d{6}");
    assertThat(client.get("auditor", "/api/security-incidents/" + key).statusCode()).isEqualTo(200);
    assertThat(client.get("release", "/api/security-incidents/" + key).statusCode()).isEqualTo(404);
    assertThat(client.get("security", "/api/security-incidents/SEC-2026-999999").statusCode()).isEqualTo(404);

    HttpResponse<String> refused = client.postJson("desk", "/api/security-incidents", """
        {"description": "", "serviceId": "no-such-service", "severity": "LOW"}""");
    assertThat(refused.statusCode()).isEqualTo(400);
    JsonNode body = json.readTree(refused.body());
    assertThat(body.get("message").asText()).startsWith(SecurityIncidentService.INVALID_REPORT);
    assertThat(body.get("errors")).extracting(error -> error.get("field").asText())
        .containsExactly("summary", "description", "serviceId", "severity");
    assertThat(body.get("errors").get(3).get("message").asText()).isEqualTo("未知字段");
    assertThat(client.postJson("quality", "/api/security-incidents", """
        {"summary": "测试", "description": "测试"}""").statusCode()).as("quality reports no security events")
        .isEqualTo(403);
    assertThat(client.postJson(null, "/api/security-incidents", "{}").statusCode()).isEqualTo(401);
  }

  @Test
  void leaksOfAYearAreCountedByTheirConfirmationInBeijingTime() throws Exception {
    String first = leak("2019-03-01T10:00", true);
    String second = leak("2019-12-31T23:30", true);
    leak("2020-01-01T07:00", true); // 2019-12-31 23:00 UTC: a leak of 2020 in Beijing
    leak("2019-06-01T10:00", false); // confirmed, no customer information exposed
    falseAlarm("2019-07-01T10:00");

    HttpResponse<String> answer = client.get("auditor", "/api/security-incidents/leaks?period=2019");

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonNode leaks = json.readTree(answer.body());
    assertThat(leaks.get("period").asText()).isEqualTo("2019");
    assertThat(leaks.get("leaks").asLong()).isEqualTo(2);
    assertThat(leaks.get("target").asLong()).isEqualTo(2);
    assertThat(leaks.get("status").asText()).isEqualTo(KpiStatus.MET);
    assertThat(leaks.get("securityIncidents")).extracting(JsonNode::asText).containsExactly(first, second);

    leak("2019-08-01T10:00", true);
    JsonNode three = json.readTree(client.get("manager", "/api/security-incidents/leaks?period=2019").body());
    assertThat(three.get("leaks").asLong()).isEqualTo(3);
    assertThat(three.get("status").asText()).isEqualTo(KpiStatus.NOT_MET);
    assertThat(json.readTree(client.get("security", "/api/security-incidents/leaks?period=2020").body())
        .get("leaks").asLong()).isEqualTo(1);
  }

  @Test
  void onlyThoseWhoOverseeSecurityReadTheLeakCount() throws Exception {
    for (String reader : new String[] {"manager", "quality", "auditor", "security", "admin"}) {
      assertThat(client.get(reader, "/api/security-incidents/leaks?period=2018").statusCode()).as(reader)
          .isEqualTo(200);
    }
    for (String other : new String[] {"engineer", "desk", "release"}) {
      HttpResponse<String> refused = client.get(other, "/api/security-incidents/leaks?period=2018");
      assertThat(refused.statusCode()).as(other).isEqualTo(403);
      assertThat(json.readTree(refused.body()).get("message").asText())
          .isEqualTo(SecurityIncidentController.LEAK_READERS_ONLY);
    }
    assertThat(client.get(null, "/api/security-incidents/leaks?period=2018").statusCode()).isEqualTo(401);
    for (String query : new String[] {"?period=2026-Q4", "?period=2026-13", ""}) {
      HttpResponse<String> bad = client.get("manager", "/api/security-incidents/leaks" + query);
      assertThat(bad.statusCode()).as(query).isEqualTo(400);
      assertThat(json.readTree(bad.body()).get("errors").get(0).get("field").asText()).isEqualTo("period");
    }
  }

  @Test
  void onlySecurityOfficersAndManagersReadASecurityIncidentWhileEngineersStillWorkTheirTasks() throws Exception {
    String key = leak("2026-11-30T10:00", true);
    String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key).singleResult()
        .getId();
    for (String reader : new String[] {"security", "manager", "quality", "auditor", "admin"}) {
      assertThat(client.get(reader, "/api/security-incidents/" + key).statusCode()).as(reader).isEqualTo(200);
    }
    for (String other : new String[] {"engineer", "desk"}) {
      assertThat(client.get(other, "/api/security-incidents/" + key).statusCode()).as(other).isEqualTo(404);
      assertThat(json.readTree(client.get(other, "/engine-rest/history/process-instance?processDefinitionKey="
          + SecurityIncidentProcess.KEY).body())).as(other).isEmpty();
      assertThat(json.readTree(client.get(other, "/engine-rest/history/variable-instance?processInstanceId="
          + instanceId).body())).as(other).isEmpty();
      assertThat(client.get(other, "/engine-rest/process-instance/" + instanceId + "/variables").statusCode())
          .as(other).isEqualTo(403);
    }

    // an engineer still finds, opens and completes 遏制安全事件 like in Tasklist: task rights come from candidate groups
    JsonNode tasks = json.readTree(client.get("engineer", "/engine-rest/task?processInstanceId=" + instanceId
        + "&taskDefinitionKey=" + TASK_CONTAIN_SECURITY_INCIDENT).body());
    assertThat(tasks).hasSize(1);
    String taskId = tasks.get(0).get("id").asText();
    assertThat(client.get("engineer", "/engine-rest/task/" + taskId + "/form-variables").statusCode()).isEqualTo(200);
    assertThat(client.postJson("engineer", "/engine-rest/task/" + taskId + "/claim", "{\"userId\": \"engineer\"}")
        .statusCode()).isEqualTo(204);
    HttpResponse<String> completed = client.postJson("engineer", "/engine-rest/task/" + taskId + "/complete",
        "{\"variables\": {\"" + CONTAINMENT_ACTIONS + "\": {\"value\": \"已隔离受影响主机\"}}}");
    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
    assertThat(taskService.createTaskQuery().processInstanceId(instanceId)
        .taskDefinitionKey(TASK_INVESTIGATE_SECURITY_INCIDENT).count()).isEqualTo(1);
    // the desk still reports
    assertThat(client.postJson("desk", "/api/security-incidents", """
        {"summary": "可疑登录", "description": "同一账号异地登录"}""").statusCode()).isEqualTo(201);
  }

  @Test
  void aLeakFoundByTheInvestigationCountsInTheYearItWasFound() throws Exception {
    String key = leak("2016-12-31T10:00", false);
    String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key).singleResult()
        .getId();
    work(instanceId, TASK_CONTAIN_SECURITY_INCIDENT, "engineer", Map.of(CONTAINMENT_ACTIONS, "已隔离"));
    ClockUtil.setCurrentTime(beijing("2017-01-02T10:00"));
    work(instanceId, TASK_INVESTIGATE_SECURITY_INCIDENT, "security", Map.of(INVESTIGATION_FINDINGS, "客户资料外泄",
        LEAK_FOUND_IN_INVESTIGATION, true, AFFECTED_CUSTOMERS, 20));

    assertThat(json.readTree(client.get("manager", "/api/security-incidents/leaks?period=2017").body())
        .get("securityIncidents")).extracting(JsonNode::asText).containsExactly(key);
    assertThat(json.readTree(client.get("manager", "/api/security-incidents/leaks?period=2016").body())
        .get("securityIncidents")).extracting(JsonNode::asText).doesNotContain(key);
    assertThat(taskService.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(TASK_NOTIFY_CUSTOMER)
        .singleResult().getDueDate()).isEqualTo(runtimeService.getVariable(instanceId, CUSTOMER_NOTIFICATION_DUE_AT));
  }

  @Test
  void theStartMessageCannotBeSentFromOutside() throws Exception {
    long before = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(SecurityIncidentProcess.KEY)
        .count();
    for (String user : new String[] {"desk", "security", "admin"}) {
      HttpResponse<String> refused = client.postJson(user, "/engine-rest/message", """
          {"messageName": "%s", "processVariables": {"incidentKey": {"value": "INC-2026-999999"},
           "summary": {"value": "伪造"}, "description": {"value": "伪造"},
           "customerInformationLeaked": {"value": false}}}""".formatted(
          SecurityIncidentProcess.MESSAGE_SECURITY_EVENT_REPORTED));
      assertThat(refused.statusCode()).as(user + ": " + refused.body()).isEqualTo(403);
      assertThat(refused.body()).contains(SecurityIncidentService.HAND_OVER_ONLY);
    }
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(SecurityIncidentProcess.KEY)
        .count()).isEqualTo(before);
  }

  /** A security incident reported and triaged at a Beijing time; returns its key. */
  private String leak(String beijingTime, boolean exposed) throws Exception {
    String key = reportAt(beijingTime);
    triage(key, Map.of(TRIAGE_DECISION, "CONFIRMED", EVENT_TYPE, "DATA_LEAK", CUSTOMER_INFORMATION_EXPOSED, exposed,
        AFFECTED_CUSTOMERS, exposed ? 10 : 0, KEY_SERVICE_AFFECTED, false, TRIAGE_NOTE, "已确认"));
    return key;
  }

  private void falseAlarm(String beijingTime) throws Exception {
    triage(reportAt(beijingTime), Map.of(TRIAGE_DECISION, "FALSE_ALARM", TRIAGE_NOTE, "测试数据"));
  }

  private String reportAt(String beijingTime) throws Exception {
    ClockUtil.setCurrentTime(beijing(beijingTime));
    HttpResponse<String> created = client.postJson("security", "/api/security-incidents", """
        {"summary": "客户资料疑似外泄", "description": "外部渠道发现客户资料"}""");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    runJobs();
    return json.readTree(created.body()).get("businessKey").asText();
  }

  private void triage(String key, Map<String, Object> values) {
    String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key).singleResult().getId();
    work(instanceId, TASK_TRIAGE_SECURITY_EVENT, "security", values);
  }

  private List<String> securityIncidentsOf(String incidentKey) {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(SecurityIncidentProcess.KEY)
        .variableValueEquals(INCIDENT_KEY, incidentKey).list().stream().map(instance -> instance.getBusinessKey()).toList();
  }

  private void work(String processInstanceId, String taskKey, String user, Map<String, Object> values) {
    Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
        .singleResult();
    assertThat(task).as(taskKey).isNotNull();
    taskService.setAssignee(task.getId(), user);
    identityService.setAuthentication(user, identityService.createGroupQuery().groupMember(user).list().stream()
        .map(group -> group.getId()).toList());
    try {
      taskService.complete(task.getId(), values);
    } finally {
      identityService.clearAuthentication();
    }
    runJobs();
  }

  private void runJobs() {
    for (int round = 0; round < 10; round++) {
      List<Job> due = managementService.createJobQuery().executable().list().stream()
          .filter(job -> job.getDuedate() == null || !job.getDuedate().after(ClockUtil.getCurrentTime())).toList();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> managementService.executeJob(job.getId()));
    }
  }
}
