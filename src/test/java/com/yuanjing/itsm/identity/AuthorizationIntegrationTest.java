package com.yuanjing.itsm.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuanjing.itsm.incident.IncidentProcess;
import com.yuanjing.itsm.servicelevel.ServiceSeeds;
import com.yuanjing.itsm.testsupport.SuiteClient;
import com.yuanjing.itsm.testsupport.SuiteIntegrationTest;
import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.mock.env.MockEnvironment;

/** Who may do what, checked through Camunda's REST API and the Java API as Tasklist users would. */
@SuiteIntegrationTest
class AuthorizationIntegrationTest {

  private static final String START_FORM_SUBMISSION = """
      {"variables": {
        "reporter": {"value": "张三"}, "reporterContact": {"value": "13800000000"},
        "serviceId": {"value": "customer-portal"}, "incidentType": {"value": "FAULT"},
        "impact": {"value": "MEDIUM"}, "urgency": {"value": "MEDIUM"},
        "summary": {"value": "门户页面报错"}, "description": {"value": "提交表单时报 500"},
        "major": {"value": false, "type": "Boolean"}}}
      """;

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired FilterService filterService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentitySetup identitySetup;
  @Autowired ServiceSeeds seeds;
  @Autowired ObjectMapper json;
  SuiteClient client;

  @BeforeEach
  void connect() {
    client = new SuiteClient(port);
  }

  @AfterEach
  void logOut() {
    identityService.clearAuthentication();
  }

  @Test
  void groupsExistWithTheirChineseNames() {
    for (ItsmGroup group : ItsmGroup.values()) {
      assertThat(identityService.createGroupQuery().groupId(group.id()).singleResult().getName())
          .isEqualTo(group.chineseName());
    }
  }

  @Test
  void setUpIsIdempotent() {
    long authorizations = authorizationService.createAuthorizationQuery().count();
    long filters = filterService.createFilterQuery().count();
    long users = identityService.createUserQuery().count();

    identitySetup.afterSingletonsInstantiated();

    assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
    assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
    assertThat(identityService.createUserQuery().count()).isEqualTo(users);
  }

  @Test
  void serviceDeskReportsThroughTheTasklistStartFormAndTheEngineerSeesTheTask() throws Exception {
    assertThat(client.get("desk", "/engine-rest/process-definition/key/incidentManagement/deployed-start-form")
        .statusCode()).isEqualTo(200);

    HttpResponse<String> started = client.postJson("desk",
        "/engine-rest/process-definition/key/incidentManagement/submit-form", START_FORM_SUBMISSION);

    assertThat(started.statusCode()).isEqualTo(200);
    String instanceId = json.readTree(started.body()).get("id").asText();
    assertThat(json.readTree(started.body()).get("businessKey").asText()).matches("INC-\\d{4}-\\d{6}");
    Task accept = runUntilTask(instanceId);
    assertThat(visibleTasks("engineer")).contains(accept.getId());
    assertThat(visibleTasks("desk")).doesNotContain(accept.getId());
    assertThat(visibleTasks("auditor")).isEmpty();
    assertThat(client.get("engineer", "/engine-rest/task/" + accept.getId() + "/deployed-form").statusCode())
        .isEqualTo(200);
    JsonNode variables = json.readTree(
        client.get("engineer", "/engine-rest/process-instance/" + instanceId + "/variables").body());
    assertThat(variables.get("summary").get("value").asText()).as("the task list shows the summary")
        .isEqualTo("门户页面报错");
    assertThat(variables.get("incidentNumber").get("value").asText()).matches("INC-\\d{4}-\\d{6}");
  }

  @Test
  void invalidStartFormIsRefusedWithTheFieldNamedInChinese() throws Exception {
    HttpResponse<String> refused = client.postJson("desk",
        "/engine-rest/process-definition/key/incidentManagement/submit-form",
        START_FORM_SUBMISSION.replace("customer-portal", "mainframe"));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json.readTree(refused.body()).get("message").asText()).contains("受影响服务");
  }

  @Test
  void serviceDeskCannotCompleteAnEngineersTaskAndAuditorsCompleteNothing() throws Exception {
    Task accept = reportIncident();

    assertThat(client.postJson("desk", "/engine-rest/task/" + accept.getId() + "/complete", "{}").statusCode())
        .isEqualTo(403);
    assertThat(client.postJson("auditor", "/engine-rest/task/" + accept.getId() + "/complete", "{}").statusCode())
        .isEqualTo(403);
    identityService.setAuthentication("auditor", List.of("auditors"));
    assertThatThrownBy(() -> taskService.complete(accept.getId())).isInstanceOf(AuthorizationException.class);
    identityService.setAuthentication("desk", List.of("service-desk"));
    assertThatThrownBy(() -> taskService.claim(accept.getId(), "desk")).isInstanceOf(AuthorizationException.class);
    identityService.clearAuthentication();
    assertThat(taskService.createTaskQuery().taskId(accept.getId()).singleResult()).isNotNull();

    assertThat(client.postJson("engineer", "/engine-rest/task/" + accept.getId() + "/claim", "{\"userId\": \"engineer\"}")
        .statusCode()).isEqualTo(204);
    assertThat(client.postJson("engineer", "/engine-rest/task/" + accept.getId() + "/complete", "{}").statusCode())
        .isEqualTo(204);
  }

  @Test
  void incompleteTaskFormIsRefusedWithTheFieldsNamedInChinese() throws Exception {
    Task accept = reportIncident();
    client.postJson("engineer", "/engine-rest/task/" + accept.getId() + "/claim", "{\"userId\": \"engineer\"}");
    client.postJson("engineer", "/engine-rest/task/" + accept.getId() + "/submit-form", "{}");
    Task resolve = taskService.createTaskQuery().processInstanceId(accept.getProcessInstanceId()).singleResult();

    HttpResponse<String> refused = client.postJson("engineer", "/engine-rest/task/" + resolve.getId() + "/submit-form",
        "{\"variables\": {\"resolveOutcome\": {\"value\": \"RESOLVED\"}}}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json.readTree(refused.body()).get("message").asText()).contains("诊断记录").contains("解决方案");
    assertThat(taskService.createTaskQuery().taskId(resolve.getId()).singleResult()).isNotNull();
  }

  @Test
  void auditorsReadHistoryButDoNotStartIncidents() throws Exception {
    Task accept = reportIncident();

    JsonNode history = json.readTree(client.get("auditor",
        "/engine-rest/history/process-instance?processInstanceId=" + accept.getProcessInstanceId()).body());
    assertThat(history).hasSize(1);
    assertThat(client.postJson("auditor", "/engine-rest/process-definition/key/incidentManagement/submit-form",
        START_FORM_SUBMISSION).statusCode()).isEqualTo(403);
  }

  @Test
  void productionRefusesToStartWithDemoUsers() {
    MockEnvironment production = new MockEnvironment();
    production.setActiveProfiles("prod");

    assertThatThrownBy(() -> new IdentitySetup(identityService, authorizationService, filterService, taskService,
        production, true).afterSingletonsInstantiated())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("demo-users");
    assertThatThrownBy(() -> new IdentitySetup(identityService, authorizationService, filterService, taskService,
        production, false).afterSingletonsInstantiated())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("demo password");
  }

  @Test
  void everyFormThatAsksForAServiceOffersExactlyTheConfiguredServicesAsItsPreview() throws Exception {
    Resource[] forms = new PathMatchingResourcePatternResolver().getResources("classpath*:forms/**/*.form");
    int serviceFields = 0;
    for (Resource form : forms) {
      for (JsonNode field : json.readTree(form.getInputStream()).findParents("key")) {
        if ("serviceId".equals(field.get("key").asText())) {
          serviceFields++;
          assertThat(field.get("values")).as(form.getFilename())
              .extracting(value -> value.get("value").asText() + "=" + value.get("label").asText())
              .containsExactlyInAnyOrderElementsOf(seeds.services().stream()
                  .map(service -> service.id() + "=" + service.name()).toList());
        }
      }
    }
    assertThat(serviceFields).as("the start forms of incidents, changes, problems, releases, configuration requests, "
        + "service reports, service needs, capacity issues, outages and security events")
        .isEqualTo(10);
  }

  private Task reportIncident() throws Exception {
    HttpResponse<String> started = client.postJson("desk",
        "/engine-rest/process-definition/key/" + IncidentProcess.KEY + "/submit-form", START_FORM_SUBMISSION);
    assertThat(started.statusCode()).isEqualTo(200);
    return runUntilTask(json.readTree(started.body()).get("id").asText());
  }

  private Task runUntilTask(String processInstanceId) {
    for (Job job : managementService.createJobQuery().processInstanceId(processInstanceId).list()) {
      managementService.executeJob(job.getId());
    }
    return taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
  }

  private List<String> visibleTasks(String user) throws Exception {
    JsonNode tasks = json.readTree(client.get(user, "/engine-rest/task").body());
    return tasks.findValuesAsText("id");
  }
}
