package com.yuanjing.itsm.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuanjing.itsm.change.ChangeRequests;
import com.yuanjing.itsm.incident.IncidentReports;
import com.yuanjing.itsm.testsupport.SuiteClient;
import com.yuanjing.itsm.testsupport.SuiteIntegrationTest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Incidents and changes that name configuration items show every service the CMDB's impact analysis
 * finds: a fault of the accounting database reaches online banking too.
 */
@SuiteIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // the items are registered once
class AffectedServicesIntegrationTest {

  @LocalServerPort int port;
  @Autowired ConfigurationItemService items;
  @Autowired RuntimeService runtimeService;
  @Autowired ObjectMapper json;
  SuiteClient client;
  long database;

  @BeforeEach
  void sharedDatabaseOfTwoServices() {
    client = new SuiteClient(port);
    if (database != 0) {
      return;
    }
    ChangeAuthority authority = new ChangeAuthority("config", "测试环境登记", null, null, null);
    database = register(CiType.DATABASE, "accounting-db", "core-accounting", authority);
    long ledger = register(CiType.APPLICATION, "ledger", "core-accounting", authority);
    long login = register(CiType.APPLICATION, "login-service", "online-banking", authority);
    items.addRelation(ledger, RelationType.DEPENDS_ON, database, authority);
    items.addRelation(login, RelationType.DEPENDS_ON, database, authority);
  }

  @Test
  void anIncidentOfASharedDatabaseAffectsEveryServiceThatDependsOnIt() throws Exception {
    Map<String, Object> report = IncidentReports.with("configurationItemIds", database + "，" + database);

    HttpResponse<String> answer = client.postJson("desk", "/api/incidents", json.writeValueAsString(report));

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    assertThat(variable("incidentManagement", answer)).isEqualTo("网上银行系统、核心账务系统");
  }

  @Test
  void aChangeShowsItsOwnServiceFirstThenTheServicesThatDependOnItsItems() throws Exception {
    Map<String, Object> request = changeRequest();
    request.put("configurationItemIds", String.valueOf(database));

    HttpResponse<String> answer = client.postJson("engineer", "/api/changes", json.writeValueAsString(request));

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    assertThat(variable("changeManagement", answer)).isEqualTo("核心账务系统、网上银行系统");
  }

  @Test
  void withoutItemsOnlyTheOwnServiceIsAffected() throws Exception {
    HttpResponse<String> answer = client.postJson("desk", "/api/incidents",
        json.writeValueAsString(IncidentReports.valid()));

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    assertThat(variable("incidentManagement", answer)).isEqualTo("网上银行系统");
  }

  @Test
  void unknownOrMalformedItemNumbersAreRefusedNamingTheField() throws Exception {
    long before = runtimeService.createProcessInstanceQuery().count();

    HttpResponse<String> unknown = client.postJson("desk", "/api/incidents",
        json.writeValueAsString(IncidentReports.with("configurationItemIds", "999999")));
    Map<String, Object> request = changeRequest();
    request.put("configurationItemIds", "数据库");
    HttpResponse<String> malformed = client.postJson("engineer", "/api/changes", json.writeValueAsString(request));

    assertThat(unknown.statusCode()).isEqualTo(400);
    JsonNode error = json.readTree(unknown.body()).get("errors").get(0);
    assertThat(error.get("field").asText()).isEqualTo("configurationItemIds");
    assertThat(error.get("label").asText()).isEqualTo("故障配置项编号");
    assertThat(error.get("message").asText()).contains("999999");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(json.readTree(malformed.body()).get("errors").get(0).get("label").asText()).isEqualTo("配置项编号");
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(before);
  }

  private long register(CiType type, String name, String serviceId, ChangeAuthority authority) {
    return items.apply(new ConfigurationRequest(ConfigurationRequest.Operation.REGISTER, null, type, name, serviceId,
        Environment.TEST, "1.0", null, "config", null), authority);
  }

  private Object variable(String processKey, HttpResponse<String> started) throws Exception {
    String businessKey = json.readTree(started.body()).get("businessKey").asText();
    String instanceId = runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(businessKey).singleResult().getId();
    return runtimeService.getVariable(instanceId, "affectedServices");
  }

  /** A normal change to core accounting in its maintenance window, far ahead of any test run. */
  private static Map<String, Object> changeRequest() {
    Map<String, Object> request = ChangeRequests.valid();
    request.put("serviceId", "core-accounting");
    request.put("plannedStart", "2030-03-03T01:00+08:00");
    request.put("plannedEnd", "2030-03-03T02:00+08:00");
    return request;
  }
}
