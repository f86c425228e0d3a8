package com.yuanjing.itsm.change;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuanjing.itsm.testsupport.SuiteClient;
import com.yuanjing.itsm.testsupport.SuiteIntegrationTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code /api/changes} and who may do what in a change, on a running suite. */
@SuiteIntegrationTest
class ChangeApiIntegrationTest {

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  SuiteClient client;

  @BeforeEach
  void connect() {
    client = new SuiteClient(port);
  }

  @Test
  void engineerRequestsAChangeThatOnlyCabMembersVoteOn() throws Exception {
    String key = requestChange("engineer", ChangeRequests.valid());
    String instanceId = json.readTree(client.get("engineer", "/api/changes/" + key).body())
        .get("processInstanceId").asText();
    runJobs(instanceId);

    JsonNode change = json.readTree(client.get("cab", "/api/changes/" + key).body());
    assertThat(change.get("state").asText()).isEqualTo("OPEN");
    assertThat(change.get("changeClass").asText()).isEqualTo("NORMAL");
    assertThat(change.get("requestedBy").asText()).isEqualTo("engineer");
    assertThat(client.get("desk", "/api/changes/" + key).statusCode()).as("not the desk's business").isEqualTo(404);

    completeAs("engineer", task(instanceId, ChangeProcess.Elements.TASK_ASSESS_TECHNICAL_IMPACT),
        "{\"variables\": {\"technicalAssessment\": {\"value\": \"风险可控\"}}}");
    Task business = task(instanceId, ChangeProcess.Elements.TASK_ASSESS_BUSINESS_IMPACT);
    assertThat(completeAs("engineer", business, "{\"variables\": {\"businessAssessment\": {\"value\": \"可以\"}}}")
        .statusCode()).as("business assessment is the managers'").isEqualTo(403);
    completeAs("manager", business, "{\"variables\": {\"businessAssessment\": {\"value\": \"周末实施影响小\"}}}");

    Task vote = task(instanceId, ChangeProcess.Elements.TASK_CAB_VOTE);
    assertThat(vote.getAssignee()).isEqualTo("cab");
    String approve = "{\"variables\": {\"vote\": {\"value\": \"APPROVE\"}}}";
    assertThat(completeAs("manager", vote, approve).statusCode()).isEqualTo(403);
    assertThat(completeAs("auditor", vote, approve).statusCode()).isEqualTo(403);
    assertThat(completeAs("cab", vote, approve).statusCode()).isEqualTo(204);
    runJobs(instanceId);
    assertThat(json.readTree(client.get("auditor", "/api/changes/" + key).body()).get("approved").asBoolean()).isTrue();
  }

  @Test
  void invalidRequestIsRefusedWithEveryFieldNamedAndCreatesNothing() throws Exception {
    long before = historyService.createHistoricProcessInstanceQuery().count();
    Map<String, Object> request = ChangeRequests.valid();
    request.remove("title");
    request.put("plannedEnd", "明天");
    request.put("emergency", true);

    HttpResponse<String> answer = client.postJson("engineer", "/api/changes", json.writeValueAsString(request));

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(json.readTree(answer.body()).get("errors")).extracting(error -> error.get("field").asText())
        .containsExactlyInAnyOrder("title", "plannedEnd", "emergencyJustification");
    assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void auditorsAndTheServiceDeskCannotRequestChanges() throws Exception {
    String body = json.writeValueAsString(ChangeRequests.valid());

    assertThat(client.postJson("auditor", "/api/changes", body).statusCode()).isEqualTo(403);
    assertThat(client.postJson("desk", "/api/changes", body).statusCode()).isEqualTo(403);
    assertThat(client.postJson(null, "/api/changes", body).statusCode()).isEqualTo(401);
  }

  @Test
  void requesterCannotApproveTheirOwnEmergencyChange() throws Exception {
    Map<String, Object> request = ChangeRequests.valid();
    request.put("emergency", true);
    request.put("emergencyJustification", "生产故障");
    String key = requestChange("manager", request);
    String instanceId = json.readTree(client.get("manager", "/api/changes/" + key).body())
        .get("processInstanceId").asText();
    runJobs(instanceId);
    Task approval = task(instanceId, ChangeProcess.Elements.TASK_APPROVE_EMERGENCY_CHANGE);

    HttpResponse<String> refused = completeAs("manager", approval,
        "{\"variables\": {\"emergencyDecision\": {\"value\": \"APPROVE\"}, \"approvalComment\": {\"value\": \"同意\"}}}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json.readTree(refused.body()).get("message").asText()).contains("变更申请人不能审批自己的变更");
    assertThat(taskService.createTaskQuery().taskId(approval.getId()).count()).isEqualTo(1);
  }

  @Test
  void requesterIsWhoAsksNotWhatTheRequestClaims() throws Exception {
    Map<String, Object> request = ChangeRequests.valid();
    request.put("requestedBy", "engineer");
    StringBuilder variables = new StringBuilder();
    for (Map.Entry<String, Object> field : request.entrySet()) {
      variables.append(variables.length() == 0 ? "" : ",").append('"').append(field.getKey()).append("\": ")
          .append("{\"value\": ").append(json.writeValueAsString(field.getValue())).append('}');
    }

    HttpResponse<String> started = client.postJson("manager",
        "/engine-rest/process-definition/key/changeManagement/start", "{\"variables\": {" + variables + "}}");

    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String key = json.readTree(started.body()).get("businessKey").asText();
    assertThat(json.readTree(client.get("manager", "/api/changes/" + key).body()).get("requestedBy").asText())
        .isEqualTo("manager");
  }

  @Test
  void aRequestCannotSmuggleInItsOwnApproval() throws Exception {
    Map<String, Object> request = ChangeRequests.valid();
    request.put("approved", true);
    StringBuilder variables = new StringBuilder();
    for (Map.Entry<String, Object> field : request.entrySet()) {
      variables.append(variables.length() == 0 ? "" : ",").append('"').append(field.getKey()).append("\": ")
          .append("{\"value\": ").append(json.writeValueAsString(field.getValue())).append('}');
    }

    long before = historyService.createHistoricProcessInstanceQuery().count();

    HttpResponse<String> refused = client.postJson("engineer",
        "/engine-rest/process-definition/key/changeManagement/start", "{\"variables\": {" + variables + "}}");

    // Camunda's plain start endpoint answers every refusal of a start listener with 500 (submit-form: 400)
    assertThat(refused.statusCode()).isNotEqualTo(200);
    assertThat(json.readTree(refused.body()).get("message").asText()).contains("approved").contains("未知字段");
    assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void theRequesterCannotPassAsSomeoneElseWhenApproving() throws Exception {
    Map<String, Object> request = ChangeRequests.valid();
    request.put("emergency", true);
    request.put("emergencyJustification", "生产故障");
    String key = requestChange("manager", request);
    String instanceId = json.readTree(client.get("manager", "/api/changes/" + key).body())
        .get("processInstanceId").asText();
    runJobs(instanceId);
    Task approval = task(instanceId, ChangeProcess.Elements.TASK_APPROVE_EMERGENCY_CHANGE);

    HttpResponse<String> refused = completeAs("manager", approval, "{\"variables\": {\"requestedBy\": "
        + "{\"value\": \"engineer\"}, \"emergencyDecision\": {\"value\": \"APPROVE\"}, "
        + "\"approvalComment\": {\"value\": \"同意\"}}}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json.readTree(refused.body()).get("message").asText()).contains("变更申请人不能审批自己的变更");
  }

  @Test
  void startFormOffersExactlyTheStandardChanges() throws Exception {
    JsonNode form;
    try (var file = getClass().getResourceAsStream("/forms/change/request-change.form")) {
      form = json.readTree(file);
    }
    assertThat(choices(form, "standardChangeId")).containsExactlyElementsOf(
        java.util.Arrays.stream(StandardChange.values()).map(StandardChange::code).toList());
  }

  private static List<String> choices(JsonNode form, String key) {
    for (JsonNode component : form.findParents("key")) {
      if (key.equals(component.get("key").asText())) {
        List<String> values = new java.util.ArrayList<>();
        component.get("values").forEach(value -> values.add(value.get("value").asText()));
        return values;
      }
    }
    throw new AssertionError("the form has no field " + key);
  }

  private String requestChange(String user, Map<String, Object> request) throws Exception {
    HttpResponse<String> answer = client.postJson(user, "/api/changes", json.writeValueAsString(request));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    String key = json.readTree(answer.body()).get("businessKey").asText();
    assertThat(key).matches("CHG-\\d{4}-\\d{6}");
    return key;
  }

  private HttpResponse<String> completeAs(String user, Task task, String submission) {
    client.postJson(user, "/engine-rest/task/" + task.getId() + "/claim", "{\"userId\": \"" + user + "\"}");
    return client.postJson(user, "/engine-rest/task/" + task.getId() + "/submit-form", submission);
  }

  private Task task(String instanceId, String taskKey) {
    List<Task> tasks = taskService.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(taskKey).list();
    assertThat(tasks).as(taskKey).hasSize(1);
    return tasks.get(0);
  }

  private void runJobs(String instanceId) {
    for (Job job : managementService.createJobQuery().processInstanceId(instanceId).executable().list()) {
      managementService.executeJob(job.getId());
    }
  }
}
