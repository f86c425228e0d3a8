package com.yuanjing.itsm;

import static com.yuanjing.itsm.testsupport.ProcessTests.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuanjing.itsm.change.ChangeProcess;
import com.yuanjing.itsm.incident.IncidentReports;
import com.yuanjing.itsm.incident.IncidentService;
import com.yuanjing.itsm.problem.ProblemProcess;
import com.yuanjing.itsm.release.ReleaseProcess;
import com.yuanjing.itsm.release.ReleaseRegistrations;
import com.yuanjing.itsm.testsupport.ProcessTests;
import com.yuanjing.itsm.testsupport.SuiteClient;
import com.yuanjing.itsm.testsupport.SuiteIntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The chain on the running suite: recurring incidents raise a problem, its fix goes through a change
 * approved by the CAB and into production through a release, the release updates the configuration
 * records, and the problem closes once the incidents stop; every link can be followed.
 */
@SuiteIntegrationTest
class ProcessChainIntegrationTest {


  @LocalServerPort int port;
  @Autowired IncidentService incidents;
  @Autowired RuntimeService runtimeService;
  @Autowired ProcessEngine engine;
  @Autowired ManagementService managementService;
  @Autowired ObjectMapper json;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void recurringIncidentsRaiseAProblemThatIsFixedThroughAChange() throws Exception {
    String lastIncident = null;
    for (String day : List.of("2026-11-02", "2026-11-16", "2026-11-30")) {
      at(day + "T10:00");
      lastIncident = resolvedIncident();
    }

    SuiteClient client = new SuiteClient(port);
    JsonNode incident = json.readTree(client.get("desk", "/api/incidents/" + lastIncident).body());
    String problemKey = incident.get("problemKey").asText();
    assertThat(problemKey).matches("PRB-2026-\\d{6}");
    ProcessInstance problem = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(problemKey)
        .singleResult();

    complete(problem, ProblemProcess.Elements.TASK_LOG_PROBLEM, "engineer",
        Map.of("category", "DATABASE", "logDecision", "ACCEPT"));
    complete(problem, ProblemProcess.Elements.TASK_INVESTIGATE_PROBLEM, "engineer",
        Map.of("symptom", "数据库连接池耗尽", "rootCause", "连接泄漏", "workaround", "重启应用"));
    complete(problem, ProblemProcess.Elements.TASK_PLAN_RESOLUTION, "engineer", fixThroughChange());

    ProcessInstance change = runtimeService.createProcessInstanceQuery().superProcessInstanceId(problem.getId())
        .singleResult();
    complete(change, ChangeProcess.Elements.TASK_ASSESS_TECHNICAL_IMPACT, "engineer2",
        Map.of("technicalAssessment", "修复连接泄漏，风险低"));
    complete(change, ChangeProcess.Elements.TASK_ASSESS_BUSINESS_IMPACT, "manager",
        Map.of("businessAssessment", "周末夜间实施"));
    complete(change, ChangeProcess.Elements.TASK_CAB_VOTE, "cab", Map.of("vote", "APPROVE"));

    ProcessInstance release = runtimeService.startProcessInstanceByKey(ReleaseProcess.KEY,
        ReleaseRegistrations.valid(change.getBusinessKey()));
    runDueJobs();
    complete(release, ReleaseProcess.Elements.TASK_APPROVE_RELEASE, "release",
        Map.of("approvalDecision", "APPROVE", "approvalComment", "证据齐全，同意发布"));
    at("2026-12-05T22:00");
    runDueJobs();
    complete(release, ReleaseProcess.Elements.TASK_DEPLOY_RELEASE, "engineer",
        Map.of("deploymentResult", "COMPLETED", "deploymentNote", "已部署 2.3.1"));
    complete(release, ReleaseProcess.Elements.TASK_SMOKE_TEST, "engineer",
        Map.of("smokeTestResult", "PASSED", "smokeTestNote", "交易正常"));
    complete(change, ChangeProcess.Elements.TASK_IMPLEMENT_CHANGE, "engineer",
        Map.of("implementationResult", "COMPLETED", "implementationNote", "已发布修复版本"));
    complete(change, ChangeProcess.Elements.TASK_VERIFY_CHANGE, "engineer",
        Map.of("verificationResult", "PASSED", "verificationNote", "连接数稳定"));
    at("2026-12-20T10:00");
    runDueJobs();

    JsonNode closedProblem = json.readTree(client.get("manager", "/api/problems/" + problemKey).body());
    assertThat(closedProblem.get("outcome").asText()).isEqualTo("ProblemResolved");
    assertThat(closedProblem.get("problemResolved").asBoolean()).isTrue();
    assertThat(closedProblem.get("linkedIncidentKeys")).hasSize(3)
        .anySatisfy(key -> assertThat(key.asText()).isEqualTo(incident.get("businessKey").asText()));
    String changeKey = closedProblem.get("changeKey").asText();
    JsonNode fix = json.readTree(client.get("cab", "/api/changes/" + changeKey).body());
    assertThat(fix.get("source").asText()).isEqualTo("PROBLEM");
    assertThat(fix.get("sourceKey").asText()).isEqualTo(problemKey);
    assertThat(fix.get("outcome").asText()).isEqualTo("ChangeSucceeded");
    assertThat(fix.get("releaseKeys")).hasSize(1);
    String releaseKey = fix.get("releaseKeys").get(0).asText();
    JsonNode deployed = json.readTree(client.get("release", "/api/releases/" + releaseKey).body());
    assertThat(deployed.get("outcome").asText()).isEqualTo("ReleaseSucceeded");
    assertThat(deployed.get("changeKey").asText()).isEqualTo(changeKey);
    JsonNode item = json.readTree(client.get("config", "/api/cis?type=APPLICATION&name=trade-service").body()).get(0);
    assertThat(item.get("version").asText()).isEqualTo("2.3.1");
    assertThat(item.get("environment").asText()).isEqualTo("PRODUCTION");
    JsonNode deployment = json.readTree(client.get("config", "/api/cis/" + item.get("id") + "/history").body()).get(0);
    assertThat(deployment.get("operation").asText()).isEqualTo("DEPLOYED");
    assertThat(deployment.get("releaseKey").asText()).isEqualTo(releaseKey);
    assertThat(client.get("auditor", "/api/software-library/" + releaseKey).statusCode()).isEqualTo(200);
    JsonNode knownErrors = json.readTree(client.get("desk", "/api/known-errors?q=连接泄漏").body());
    assertThat(knownErrors).anySatisfy(error -> assertThat(error.get("problemKey").asText()).isEqualTo(problemKey));
  }

  private String resolvedIncident() {
    Map<String, Object> report = IncidentReports.with("category", "DATABASE");
    ProcessInstance incident = incidents.report(report);
    runDueJobs();
    complete(incident, "Task_AcceptIncident", "engineer", Map.of());
    complete(incident, "Task_ResolveIncident", "engineer", Map.of("category", "DATABASE", "diagnosis", "连接池耗尽",
        "resolveOutcome", "RESOLVED", "resolutionNote", "重启应用"));
    complete(incident, "Task_ConfirmResolution", "desk", Map.of("confirmationResult", "CONFIRMED",
        "closureCode", "WORKAROUND"));
    return incident.getBusinessKey();
  }

  private static Map<String, Object> fixThroughChange() {
    Map<String, Object> plan = new HashMap<>();
    plan.put("resolutionPlan", "CHANGE_REQUIRED");
    plan.put("resolutionNote", "修复连接泄漏");
    plan.put("changeTitle", "修复数据库连接泄漏");
    plan.put("changeReason", "问题根因修复");
    plan.put("changeDescription", "发布修复版本");
    plan.put("changePlannedStart", "2026-12-05T22:00+08:00");
    plan.put("changePlannedEnd", "2026-12-05T23:00+08:00");
    plan.put("changeImplementationPlan", "滚动发布");
    plan.put("changeTestPlan", "交易冒烟测试");
    plan.put("changeBackoutPlan", "回滚版本");
    plan.put("changeDowntimeRequired", false);
    plan.put("changeDoneBefore", true);
    plan.put("changeTested", true);
    return plan;
  }

  private void complete(ProcessInstance instance, String taskKey, String user, Map<String, Object> values) {
    ProcessTests.complete(engine, instance, taskKey, user, values);
  }


  private void runDueJobs() {
    ProcessTests.runDueJobs(managementService);
  }

}
