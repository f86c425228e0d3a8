package com.yuanjing.itsm.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuanjing.itsm.testsupport.SuiteClient;
import com.yuanjing.itsm.testsupport.SuiteIntegrationTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code /api/security-risk-assessments} and {@code /api/security-risks} on a running suite. */
@SuiteIntegrationTest
class SecurityRiskApiIntegrationTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired ObjectMapper json;
  SuiteClient client;

  @BeforeEach
  void connect() {
    client = new SuiteClient(port);
  }

  @Test
  void officerStartsAnAssessmentByHandAndItsRisksAreInTheRegisterOfTheYear() throws Exception {
    HttpResponse<String> started = client.postJson("security", "/api/security-risk-assessments", "{\"year\": 2031}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    JsonNode body = json.readTree(started.body());
    assertThat(body.get("businessKey").asText()).matches("RSK-\\d{4}-\\d{6}");
    String instanceId = body.get("processInstanceId").asText();
    managementService.createJobQuery().processInstanceId(instanceId).list()
        .forEach(job -> managementService.executeJob(job.getId()));

    Task identify = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
    assertThat(identify.getTaskDefinitionKey()).isEqualTo(SecurityRiskAssessmentProcess.Elements.TASK_IDENTIFY_RISKS);
    taskService.setAssignee(identify.getId(), "security");
    identityService.setAuthentication("security", List.of("security-officers"));
    try {
      taskService.complete(identify.getId(), Map.of(SecurityRiskAssessmentProcess.Variables.RISK_LIST,
          "网上银行系统｜SQL注入攻击｜部分接口未做参数化查询\n客户数据库｜内部人员违规导出｜缺少数据库审计"));
    } finally {
      identityService.clearAuthentication();
    }

    HttpResponse<String> register = client.get("auditor", "/api/security-risks?year=2031");
    assertThat(register.statusCode()).as(register.body()).isEqualTo(200);
    JsonNode risks = json.readTree(register.body());
    assertThat(risks).hasSize(2);
    assertThat(risks.get(0).get("asset").asText()).isEqualTo("网上银行系统");
    assertThat(risks.get(1).get("vulnerability").asText()).isEqualTo("缺少数据库审计");
    assertThat(risks.get(0).get("approved").asBoolean()).isFalse();
    assertThat(json.readTree(client.get("manager", "/api/security-risks?year=2030").body())).isEmpty();
  }

  @Test
  void onlyOfficersAndManagersStartAssessmentsAndBadYearsAreRefused() throws Exception {
    HttpResponse<String> refused = client.postJson("engineer", "/api/security-risk-assessments", "{}");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(json.readTree(refused.body()).get("message").asText()).isEqualTo(SecurityRiskController.STARTERS_ONLY);
    HttpResponse<String> badYear = client.postJson("manager", "/api/security-risk-assessments", "{\"year\": \"明年\"}");
    assertThat(badYear.statusCode()).isEqualTo(400);
    assertThat(json.readTree(badYear.body()).get("errors").get(0).get("field").asText()).isEqualTo("year");
    assertThat(client.postJson(null, "/api/security-risk-assessments", "{}").statusCode()).isEqualTo(401);

    for (String other : new String[] {"engineer", "desk", "release"}) {
      HttpResponse<String> answer = client.get(other, "/api/security-risks?year=2031");
      assertThat(answer.statusCode()).as(other).isEqualTo(403);
      assertThat(json.readTree(answer.body()).get("message").asText()).isEqualTo(SecurityRiskController.REGISTER_READERS_ONLY);
    }
    assertThat(client.get("security", "/api/security-risks?year=next").statusCode()).isEqualTo(400);
    assertThat(client.get("security", "/api/security-risks").statusCode()).isEqualTo(400);
  }
}
