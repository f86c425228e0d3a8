package com.yuanjing.itsm.capacity;

import static com.yuanjing.itsm.capacity.AlertmanagerNotifications.firing;
import static com.yuanjing.itsm.capacity.CapacityProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.yuanjing.itsm.incident.IncidentProcess;
import com.yuanjing.itsm.testsupport.ProcessTests;
import com.yuanjing.itsm.testsupport.SuiteClient;
import com.yuanjing.itsm.testsupport.SuiteIntegrationTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * From a real Alertmanager notification ({@code POST /api/alerts/alertmanager}) to a started capacity case,
 * and from its assessment to a real capacity incident. The tests share one database and use fingerprints of
 * their own.
 */
@SuiteIntegrationTest
class CapacityAlertIntegrationTest {

  private static final String WEBHOOK = "/api/alerts/alertmanager";
  private static final AtomicInteger NUMBER = new AtomicInteger();

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  SuiteClient client;

  @BeforeEach
  void connect() {
    client = new SuiteClient(port);
  }

  @Test
  void aCapacityAlertStartsACaseWhoseImpactOpensACapacityIncidentLinkedBothWays() {
    String fingerprint = fingerprint();

    HttpResponse<String> response = client.postJson("manager", WEBHOOK,
        firing(alert("firing", fingerprint, "DiskWillFillIn4Hours", "service", "core-accounting", "")));

    assertThat(response.statusCode()).isEqualTo(200);
    ProcessInstance capacityCase = caseOf(fingerprint).orElseThrow();
    assertThat(capacityCase.getBusinessKey()).matches("CAP-\\d{4}-\\d{6}");
    runDueJobs();
    assertThat(variable(capacityCase, CAPACITY_TYPE)).isEqualTo("DISK");
    assertThat(variable(capacityCase, SERVICE_ID)).isEqualTo("core-accounting");
    assertThat(variable(capacityCase, SUMMARY)).isEqualTo("DiskWillFillIn4Hours：数据盘空间不足");
    assertThat(variable(capacityCase, ALERT_ID)).isNotNull();

    Task assess = taskService.createTaskQuery().processInstanceId(capacityCase.getId())
        .taskDefinitionKey(CapacityProcess.Elements.TASK_ASSESS_CAPACITY_ALERT).singleResult();
    assertThat(assess).isNotNull();
    taskService.claim(assess.getId(), "engineer");
    taskService.complete(assess.getId(), Map.of(ASSESSMENT_RESULT, "IMPACT", ASSESSMENT, "日终批处理将失败",
        IMPACT, "HIGH", URGENCY, "MEDIUM"));
    runDueJobs();

    String incidentKey = (String) variable(capacityCase, INCIDENT_KEY);
    assertThat(incidentKey).matches("INC-\\d{4}-\\d{6}");
    HistoricProcessInstance incident = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(IncidentProcess.KEY).processInstanceBusinessKey(incidentKey).singleResult();
    assertThat(incidentVariable(incident, IncidentProcess.Variables.CATEGORY)).isEqualTo("CAPACITY");
    assertThat(incidentVariable(incident, IncidentProcess.Variables.SERVICE_ID)).isEqualTo("core-accounting");
    assertThat(incidentVariable(incident, IncidentProcess.Variables.EXTERNAL_REFERENCE))
        .isEqualTo(capacityCase.getBusinessKey());
    assertThat(incidentVariable(incident, IncidentProcess.Variables.REPORTER)).isEqualTo("容量管理");
    assertThat((String) incidentVariable(incident, IncidentProcess.Variables.SUMMARY)).startsWith("容量：DiskWillFillIn4Hours");
    assertThat(incidentVariable(incident, IncidentProcess.Variables.PRIORITY)).isNotNull();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(capacityCase.getId()).singleResult())
        .as("the case waits for its capacity action").isNotNull();
  }

  @Test
  void theCapacityTypeLabelMakesAnyAlertACapacityAlertAndARepeatStartsNoSecondCase() {
    String fingerprint = fingerprint();
    String body = firing(alert("firing", fingerprint, "BatchWindowTight", "job", "banking-api",
        "\"capacity_type\": \"response_time\", "));

    client.postJson("engineer", WEBHOOK, body);
    client.postJson("engineer", WEBHOOK, body);

    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(CapacityProcess.KEY)
        .variableValueEquals(ALERT_FINGERPRINT, fingerprint).count()).isEqualTo(1);
    ProcessInstance capacityCase = caseOf(fingerprint).orElseThrow();
    assertThat(variable(capacityCase, CAPACITY_TYPE)).isEqualTo("RESPONSE_TIME");
    assertThat(variable(capacityCase, SERVICE_ID)).isEqualTo("online-banking");
  }

  @Test
  void otherAlertsUnmappedAlertsAndResolutionsStartNoCase() {
    String down = fingerprint();
    String unmapped = fingerprint();
    String resolvedOnly = fingerprint();

    HttpResponse<String> response = client.postJson("engineer", WEBHOOK, firing(
        alert("firing", down, "NodeDown", "service", "online-banking", ""),
        alert("firing", unmapped, "HighCpu", "team", "storage", ""),
        alert("resolved", resolvedOnly, "HighMemory", "service", "office-oa", "")));

    assertThat(response.statusCode()).isEqualTo(200);
    for (String fingerprint : List.of(down, unmapped, resolvedOnly)) {
      assertThat(caseOf(fingerprint)).as(fingerprint).isEmpty();
    }
  }

  private java.util.Optional<ProcessInstance> caseOf(String fingerprint) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(CapacityProcess.KEY)
        .variableValueEquals(ALERT_FINGERPRINT, fingerprint).list().stream().findFirst();
  }

  private Object variable(ProcessInstance instance, String name) {
    return runtimeService.getVariable(instance.getId(), name);
  }

  private Object incidentVariable(HistoricProcessInstance incident, String name) {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(incident.getId()).variableName(name)
        .list().stream().filter(variable -> incident.getId().equals(variable.getActivityInstanceId()))
        .findFirst().map(HistoricVariableInstance::getValue).orElse(null);
  }

  private void runDueJobs() {
    ProcessTests.runDueJobs(managementService);
  }

  private static String fingerprint() {
    return "cap" + NUMBER.incrementAndGet() + Long.toHexString(System.nanoTime());
  }

  /** An alert as Alertmanager writes it; {@code extraLabels} ends with ", " when given. */
  private static String alert(String status, String fingerprint, String name, String label, String value,
      String extraLabels) {
    return """
        {
          "status": "%s",
          "labels": {%s"alertname": "%s", "%s": "%s", "severity": "warning"},
          "annotations": {"summary": "数据盘空间不足", "description": "/data 使用率 88%%，预计 4 小时内写满"},
          "startsAt": "2026-11-30T10:15:30+08:00",
          "endsAt": "%s",
          "generatorURL": "http://prometheus:9090/graph",
          "fingerprint": "%s"
        }""".formatted(status, extraLabels, name, label, value,
        status.equals("resolved") ? "2026-11-30T10:45:00+08:00" : "0001-01-01T00:00:00Z", fingerprint);
  }
}
