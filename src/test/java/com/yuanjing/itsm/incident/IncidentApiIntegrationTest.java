package com.yuanjing.itsm.incident;

import static com.yuanjing.itsm.incident.IncidentReports.with;
import static com.yuanjing.itsm.incident.IncidentReports.without;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuanjing.itsm.testsupport.SuiteClient;
import com.yuanjing.itsm.testsupport.SuiteIntegrationTest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code POST /api/incidents}: what other systems see, on a running suite. */
@SuiteIntegrationTest
class IncidentApiIntegrationTest {

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired ObjectMapper json;
  SuiteClient client;

  @BeforeEach
  void connect() {
    client = new SuiteClient(port);
  }

  @Test
  void validReportStartsAnIncidentAndAnswersItsBusinessKey() throws Exception {
    HttpResponse<String> answer = post("desk", json.writeValueAsString(IncidentReports.valid()));

    assertThat(answer.statusCode()).isEqualTo(201);
    JsonNode body = json.readTree(answer.body());
    assertThat(body.get("businessKey").asText()).matches("INC-\\d{4}-\\d{6}");
    ProcessInstance incident = runtimeService.createProcessInstanceQuery()
        .processInstanceId(body.get("processInstanceId").asText()).singleResult();
    assertThat(incident.getBusinessKey()).isEqualTo(body.get("businessKey").asText());
    assertThat(runtimeService.getVariable(incident.getId(), "serviceLevel")).isEqualTo("GOLD");
    assertThat(runtimeService.getVariable(incident.getId(), "registeredBy")).isEqualTo("desk");
  }

  @Test
  void reportingSystemLooksUpWhereItsIncidentStands() throws Exception {
    JsonNode reported = json.readTree(post("desk", json.writeValueAsString(IncidentReports.valid())).body());
    String key = reported.get("businessKey").asText();
    for (Job job : managementService.createJobQuery()
        .processInstanceId(reported.get("processInstanceId").asText()).list()) {
      managementService.executeJob(job.getId());
    }

    HttpResponse<String> answer = client.get("desk", "/api/incidents/" + key);

    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode incident = json.readTree(answer.body());
    assertThat(incident.get("businessKey").asText()).isEqualTo(key);
    assertThat(incident.get("state").asText()).isEqualTo("OPEN");
    assertThat(incident.get("priority").asText()).isEqualTo("P2");
    assertThat(incident.get("serviceName").asText()).isEqualTo("网上银行系统");
    assertThat(incident.get("responseDueAt").isNull()).isFalse();
    assertThat(incident.get("respondedAt").isNull()).isTrue();
    assertThat(client.get("auditor", "/api/incidents/" + key).statusCode()).isEqualTo(200);
    assertThat(client.get("release", "/api/incidents/" + key).statusCode())
        .as("a group without access to incident history").isEqualTo(404);
    assertThat(client.get(null, "/api/incidents/" + key).statusCode()).isEqualTo(401);
  }

  @Test
  void unknownIncidentIsNotFound() throws Exception {
    HttpResponse<String> answer = client.get("desk", "/api/incidents/INC-2026-999999");

    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(json.readTree(answer.body()).get("message").asText()).contains("未找到事件 INC-2026-999999");
  }

  @Test
  void businessKeysAreSequential() throws Exception {
    long first = number(post("desk", json.writeValueAsString(IncidentReports.valid())));
    long second = number(post("desk", json.writeValueAsString(IncidentReports.valid())));

    assertThat(second).isEqualTo(first + 1);
  }

  static Stream<Arguments> invalidReports() {
    return Stream.of(
        Arguments.of("missing field", without("summary"), "summary", "摘要：不能为空"),
        Arguments.of("unknown service", with("serviceId", "mainframe"), "serviceId", "受影响服务：取值“mainframe”无效"),
        Arguments.of("unknown enum value", with("impact", "CATASTROPHIC"), "impact", "影响度：取值“CATASTROPHIC”无效"),
        Arguments.of("over-long text", with("summary", "长".repeat(201)), "summary", "摘要：不能超过 200 个字符"),
        Arguments.of("wrong type", with("description", 42), "description", "详细描述：必须是文本"),
        Arguments.of("unknown field", with("prioirty", "P1"), "prioirty", "未知字段"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidReports")
  void invalidReportIsRefusedWithTheFieldNamedAndCreatesNothing(String kind, Map<String, Object> report,
      String field, String message) throws Exception {
    long before = historyService.createHistoricProcessInstanceQuery().count();

    HttpResponse<String> answer = post("desk", json.writeValueAsString(report));

    assertThat(answer.statusCode()).isEqualTo(400);
    JsonNode body = json.readTree(answer.body());
    assertThat(body.get("message").asText()).contains(message);
    assertThat(body.get("errors")).anySatisfy(error -> assertThat(error.get("field").asText()).isEqualTo(field));
    assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void everyBadFieldIsNamedAtOnce() throws Exception {
    Map<String, Object> report = with("impact", "HUGE");
    report.remove("reporter");
    report.put("serviceId", "nowhere");

    JsonNode body = json.readTree(post("desk", json.writeValueAsString(report)).body());

    assertThat(body.get("errors")).extracting(error -> error.get("field").asText())
        .containsExactlyInAnyOrder("reporter", "serviceId", "impact");
  }

  @Test
  void malformedJsonIsRefusedAndCreatesNothing() throws Exception {
    long before = historyService.createHistoricProcessInstanceQuery().count();

    for (String body : new String[] {"{\"summary\": ", "[1, 2]", "\"just a string\""}) {
      HttpResponse<String> answer = post("desk", body);
      assertThat(answer.statusCode()).as(body).isEqualTo(400);
      assertThat(json.readTree(answer.body()).get("message").asText()).contains("JSON");
    }
    assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void anonymousCallsAndWrongPasswordsGet401() throws Exception {
    String report = json.writeValueAsString(IncidentReports.valid());

    assertThat(client.postJson(null, "/api/incidents", report).statusCode()).isEqualTo(401);
    assertThat(client.get(null, "/engine-rest/task").statusCode()).isEqualTo(401);
    // a user other than the one the other tests use: the engine delays logins after a wrong password
    assertThat(client.postJson("cab:wrong", "/api/incidents", report).statusCode()).isEqualTo(401);
  }

  @Test
  void groupsThatDoNotOwnTheProcessCannotReportThroughTheApi() throws Exception {
    long before = historyService.createHistoricProcessInstanceQuery().count();

    HttpResponse<String> answer = post("auditor", json.writeValueAsString(IncidentReports.valid()));

    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(json.readTree(answer.body()).get("message").asText()).contains("权限");
    assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(before);
  }

  private HttpResponse<String> post(String user, String body) {
    return client.postJson(user, "/api/incidents", body);
  }

  private long number(HttpResponse<String> answer) throws Exception {
    String key = json.readTree(answer.body()).get("businessKey").asText();
    return Long.parseLong(key.substring(key.lastIndexOf('-') + 1));
  }
}
