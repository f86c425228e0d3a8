package com.yuanjing.itsm.configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuanjing.itsm.testsupport.SuiteClient;
import com.yuanjing.itsm.testsupport.SuiteIntegrationTest;
import com.yuanjing.itsm.validation.InvalidInputException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code /api/configuration-audits}: a service audit asked for over HTTP, verified in the engine and read
 * back, and the accuracy KPI, over the real CMDB.
 */
@SuiteIntegrationTest
class ConfigurationAuditApiIntegrationTest {

  @LocalServerPort int port;
  @Autowired ConfigurationItemService items;
  @Autowired ManagementService managementService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;
  SuiteClient client;

  @BeforeEach
  void connect() {
    client = new SuiteClient(port);
  }

  @Test
  void opsManagerAsksForAServiceAuditWhoseResultsAnAuditorReads() throws Exception {
    long itemId = productionItem("online-banking", "audit-probe", "REL-2026-900001");
    AuditSubject subject = items.sampleForAudit("online-banking", 20).stream()
        .filter(candidate -> candidate.itemId() == itemId).findFirst().orElseThrow();

    String auditKey = serviceAudit("online-banking");
    Task verification = verification(auditKey, itemId);
    assertThat(taskService.getVariable(verification.getId(), "itemSummary")).isEqualTo(subject.summary());
    JsonNode open = json.readTree(client.get("auditor", "/api/configuration-audits/" + auditKey).body());
    assertThat(open.get("state").asText()).isEqualTo("OPEN");
    assertThat(open.get("serviceId").asText()).isEqualTo("online-banking");
    assertThat(open.get("results")).isEmpty();

    taskService.claim(verification.getId(), "config");
    identityService.setAuthentication("config", List.of("config-managers"));
    try {
      taskService.complete(verification.getId(), Map.of("verificationResult", "ACCURATE"));
    } finally {
      identityService.clearAuthentication();
    }
    runJobs();

    HttpResponse<String> read = client.get("auditor", "/api/configuration-audits/" + auditKey);
    assertThat(read.statusCode()).isEqualTo(200);
    JsonNode audit = json.readTree(read.body());
    assertThat(audit.get("state").asText()).isEqualTo("CLOSED");
    assertThat(audit.get("outcome").asText()).isEqualTo("ConfigurationAuditCompleted");
    JsonNode result = audit.get("results").get(0);
    assertThat(result.get("itemId").asLong()).isEqualTo(itemId);
    assertThat(result.get("verifiedRevision").asInt()).isEqualTo(subject.revision());
    assertThat(result.get("accurate").asBoolean()).isTrue();
    assertThat(result.get("verifiedBy").asText()).isEqualTo("config");
  }

  @Test
  void anItemChangedSinceTheSampleCannotBeCorrectedOverTheNewerRecord() throws Exception {
    // another service than the first test's, so that each audit holds only its own items
    long itemId = productionItem("core-accounting", "audit-moved", "REL-2026-900002");
    String auditKey = serviceAudit("core-accounting");
    Task verification = verification(auditKey, itemId);
    items.recordDeployment("REL-2026-900003", "core-accounting", "audit-moved", "3.0.0", "app-09", null, "release");

    taskService.claim(verification.getId(), "config");
    identityService.setAuthentication("config", List.of("config-managers"));
    try {
      assertThatThrownBy(() -> taskService.complete(verification.getId(), Map.of("verificationResult", "INACCURATE",
          "finding", "生产实际为 2.3.2", "correctedVersion", "2.3.2")))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("配置项在抽样后已变更，请按最新记录核查");
    } finally {
      identityService.clearAuthentication();
    }

    assertThat(items.find(itemId).orElseThrow().version()).isEqualTo("3.0.0");
    assertThat(taskService.createTaskQuery().taskId(verification.getId()).count()).as("still open").isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM itsm_configuration_audit_result WHERE audit_key = ?",
        Integer.class, auditKey)).isZero();
  }

  @Test
  void onlyConfigManagersAndOpsManagersAskForAuditsOfKnownServices() throws Exception {
    HttpResponse<String> engineer = client.postJson("engineer", "/api/configuration-audits", "{\"serviceId\":\"online-banking\"}");
    assertThat(engineer.statusCode()).isEqualTo(403);

    HttpResponse<String> unknown = client.postJson("config", "/api/configuration-audits", "{\"serviceId\":\"mainframe\"}");
    assertThat(unknown.statusCode()).isEqualTo(400);
    JsonNode error = json.readTree(unknown.body()).get("errors").get(0);
    assertThat(error.get("field").asText()).isEqualTo("serviceId");
    assertThat(error.get("label").asText()).isEqualTo("服务");

    assertThat(client.get("auditor", "/api/configuration-audits/CAU-2026-999999").statusCode()).isEqualTo(404);
    assertThat(client.get("auditor", "/api/configuration-audits/CFG-2026-000001").statusCode()).isEqualTo(404);
  }

  @Test
  void accuracyOfAPeriodIsCountedFromTheResults() throws Exception {
    for (int item = 0; item < 100; item++) {
      jdbc.update("INSERT INTO itsm_configuration_audit_result (audit_key, item_id, verified_revision, accurate, "
              + "verified_by, verified_at) VALUES ('CAU-2035-000001', ?, 1, ?, 'config', ?)", 10_000 + item, item != 0,
          Instant.parse("2035-05-20T02:00:00Z").atOffset(ZoneOffset.UTC));
    }

    HttpResponse<String> answer = client.get("auditor", "/api/configuration-audits/accuracy?period=2035-Q2");

    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode report = json.readTree(answer.body());
    assertThat(report.get("verified").asLong()).isEqualTo(100);
    assertThat(report.get("accurate").asLong()).isEqualTo(99);
    assertThat(report.get("rate").decimalValue()).isEqualByComparingTo("0.99");
    assertThat(report.get("target").decimalValue()).isEqualByComparingTo("0.99");
    assertThat(report.get("status").asText()).isEqualTo("达标");
    JsonNode empty = json.readTree(client.get("auditor", "/api/configuration-audits/accuracy?period=2035-01").body());
    assertThat(empty.get("rate").isNull()).isTrue();

    HttpResponse<String> bad = client.get("auditor", "/api/configuration-audits/accuracy?period=2035-Q5");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json.readTree(bad.body()).get("errors").get(0).get("label").asText()).isEqualTo("统计周期");
    HttpResponse<String> missing = client.get("auditor", "/api/configuration-audits/accuracy");
    assertThat(missing.statusCode()).as("no silent default period").isEqualTo(400);
    assertThat(json.readTree(missing.body()).get("errors").get(0).get("label").asText()).isEqualTo("统计周期");
  }

  @Test
  void onlyTheGroupsThatReadKpisAndConfigManagersReadTheAccuracy() throws Exception {
    for (String reader : List.of("manager", "quality", "auditor", "config", "admin")) {
      assertThat(client.get(reader, "/api/configuration-audits/accuracy?period=2035-Q3").statusCode()).as(reader)
          .isEqualTo(200);
    }
    for (String other : List.of("engineer", "desk", "release")) {
      HttpResponse<String> refused = client.get(other, "/api/configuration-audits/accuracy?period=2035-Q3");
      assertThat(refused.statusCode()).as(other).isEqualTo(403);
      assertThat(json.readTree(refused.body()).get("message").asText()).as(other)
          .isEqualTo(ConfigurationAuditController.ACCURACY_READERS_ONLY);
    }
  }

  /** A production application, as a release records it (the release is its authority). */
  private long productionItem(String serviceId, String name, String releaseKey) {
    items.recordDeployment(releaseKey, serviceId, name, "2.3.1", "app-01", null, "release");
    return items.search(CiType.APPLICATION, serviceId, name, null, null, 0, 10).stream()
        .filter(item -> item.name().equals(name)).findFirst().orElseThrow().id();
  }

  private String serviceAudit(String serviceId) throws Exception {
    HttpResponse<String> asked = client.postJson("manager", "/api/configuration-audits",
        "{\"serviceId\":\"" + serviceId + "\"}");
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
    String auditKey = json.readTree(asked.body()).get("auditKey").asText();
    assertThat(auditKey).matches("CAU-\\d{4}-\\d{6}");
    runJobs();
    return auditKey;
  }

  private Task verification(String auditKey, long itemId) {
    return taskService.createTaskQuery().processInstanceBusinessKey(auditKey).list().stream()
        .filter(task -> Long.valueOf(itemId).equals(taskService.getVariable(task.getId(), "itemId")))
        .findFirst().orElseThrow();
  }

  private void runJobs() {
    for (int round = 0; round < 10; round++) {
      List<Job> jobs = managementService.createJobQuery().processDefinitionKey(ConfigurationProcess.AUDIT_PROCESS_KEY)
          .executable().list().stream().filter(job -> job.getDuedate() == null) // not the monthly timer
          .toList();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> managementService.executeJob(job.getId()));
    }
  }
}
