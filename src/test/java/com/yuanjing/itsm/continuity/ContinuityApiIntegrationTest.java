package com.yuanjing.itsm.continuity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuanjing.itsm.testsupport.SuiteClient;
import com.yuanjing.itsm.testsupport.SuiteIntegrationTest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code /api/continuity-plans} and {@code /api/continuity-drills} over the real catalogue, tables and engine. */
@SuiteIntegrationTest
class ContinuityApiIntegrationTest {

  private static final String PLAN = """
      {"recoverySteps": "1. 切换至同城灾备\\n2. 验证交易", "rtoMinutes": 60, "rpoMinutes": 15,
       "owner": "manager", "lastReviewed": "2026-01-05"}""";

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired ContinuityDrills drills;
  @Autowired RuntimeService runtimeService;
  SuiteClient client;

  @BeforeEach
  void connect() {
    client = new SuiteClient(port);
  }

  @Test
  void opsManagersKeepVersionedPlansThatOthersRead() throws Exception {
    HttpResponse<String> created = client.putJson("manager", "/api/continuity-plans/customer-portal", PLAN);
    assertThat(created.statusCode()).isEqualTo(200);
    assertThat(json.readTree(created.body()).get("version").asInt()).isEqualTo(1);
    HttpResponse<String> updated = client.putJson("admin", "/api/continuity-plans/customer-portal",
        PLAN.replace("\"rtoMinutes\": 60", "\"rtoMinutes\": 30"));
    assertThat(updated.statusCode()).isEqualTo(200);

    JsonNode current = json.readTree(client.get("engineer", "/api/continuity-plans/customer-portal").body());
    assertThat(current.get("version").asInt()).isEqualTo(2);
    assertThat(current.get("rtoMinutes").asInt()).isEqualTo(30);
    assertThat(current.get("recordedBy").asText()).isEqualTo("admin");
    assertThat(current.get("lastReviewed").asText()).isEqualTo("2026-01-05");
    JsonNode versions = json.readTree(client.get("auditor", "/api/continuity-plans/customer-portal/versions").body());
    assertThat(versions).extracting(version -> version.get("version").asInt() + " " + version.get("recordedBy").asText())
        .containsExactly("2 admin", "1 manager");
    JsonNode all = json.readTree(client.get("quality", "/api/continuity-plans").body());
    assertThat(all).extracting(plan -> plan.get("serviceId").asText()).contains("customer-portal");
  }

  @Test
  void badPlansAreRefusedWithEveryFieldNamedAndNothingIsStored() throws Exception {
    HttpResponse<String> refused = client.putJson("manager", "/api/continuity-plans/core-accounting",
        "{\"recoverySteps\": \"\", \"rtoMinutes\": -5, \"lastReviewed\": \"2099-01-01\", \"owner\": \"manager\"}");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("恢复步骤", "恢复时间目标（RTO，分钟）", "恢复点目标（RPO，分钟）", "最近评审日期");
    assertThat(client.putJson("manager", "/api/continuity-plans/office-oa", PLAN).body())
        .as("not a key service").contains("不是关键服务");
    assertThat(client.get("manager", "/api/continuity-plans/core-accounting").statusCode()).isEqualTo(404);
    assertThat(client.get("manager", "/api/continuity-plans/core-accounting/versions").statusCode()).isEqualTo(404);
  }

  @Test
  void onlyTheRightGroupsReadWriteAndRequest() {
    assertThat(client.get(null, "/api/continuity-plans").statusCode()).isEqualTo(401);
    assertThat(client.get(null, "/api/continuity-drills").statusCode()).isEqualTo(401);
    assertThat(client.get("desk", "/api/continuity-plans").statusCode()).isEqualTo(403);
    assertThat(client.get("desk", "/api/continuity-drills").statusCode()).isEqualTo(403);
    HttpResponse<String> engineerWrites = client.putJson("engineer", "/api/continuity-plans/online-banking", PLAN);
    assertThat(engineerWrites.statusCode()).isEqualTo(403);
    assertThat(engineerWrites.body()).contains("只有运维管理部或系统管理员可以制定或修改连续性计划");
    assertThat(client.putJson("auditor", "/api/continuity-plans/online-banking", PLAN).statusCode()).isEqualTo(403);
    assertThat(client.postJson("engineer", "/api/continuity-drills",
        "{\"serviceId\": \"online-banking\", \"reason\": \"演练\"}").statusCode()).isEqualTo(403);
    assertThat(client.get("engineer", "/api/continuity-plans").statusCode()).isEqualTo(200);
  }

  @Test
  void opsManagersRequestADrillOfAKeyServiceWithAPlanAndEveryoneReadsTheResults() throws Exception {
    assertThat(client.putJson("manager", "/api/continuity-plans/online-banking", PLAN).statusCode()).isEqualTo(200);

    HttpResponse<String> requested = client.postJson("manager", "/api/continuity-drills",
        "{\"serviceId\": \"online-banking\", \"reason\": \"数据中心搬迁前演练\"}");
    assertThat(requested.statusCode()).isEqualTo(201);
    String drillKey = json.readTree(requested.body()).get("drillKey").asText();
    assertThat(drillKey).matches("DRL-\\d{4}-\\d{6}");
    ProcessInstance drill = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(drillKey)
        .singleResult();
    assertThat(runtimeService.getVariable(drill.getId(), ContinuityDrillProcess.Variables.REQUESTED_BY))
        .isEqualTo("manager");

    HttpResponse<String> noPlan = client.postJson("manager", "/api/continuity-drills",
        "{\"serviceId\": \"core-accounting\", \"reason\": \"演练\"}");
    assertThat(noPlan.statusCode()).isEqualTo(400);
    assertThat(noPlan.body()).contains("还没有连续性计划");
    HttpResponse<String> bad = client.postJson("admin", "/api/continuity-drills", "{\"service\": \"online-banking\"}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("未知字段", "服务", "演练原因");
    HttpResponse<String> notText = client.postJson("manager", "/api/continuity-drills",
        "{\"serviceId\": {\"id\": \"online-banking\"}, \"reason\": 42}");
    assertThat(notText.statusCode()).isEqualTo(400);
    assertThat(notText.body()).contains("必须是文本");

    drills.recordResult(new DrillResult(drillKey, "online-banking", 1, DrillTrigger.REQUESTED, "数据中心搬迁前演练",
        "主数据库宕机", "engineer", Instant.parse("2026-12-12T01:00:00Z"), Instant.parse("2026-12-12T01:00:00Z"),
        Instant.parse("2026-12-12T02:00:00Z"), 60, 15, 45, 10, false, true, null, "engineer", null, List.of()));
    JsonNode results = json.readTree(client.get("auditor", "/api/continuity-drills?service=online-banking&year=2026")
        .body());
    assertThat(results).singleElement().satisfies(result -> {
      assertThat(result.get("drillKey").asText()).isEqualTo(drillKey);
      assertThat(result.get("passed").asBoolean()).isTrue();
      assertThat(result.get("rtoAchievedMinutes").asInt()).isEqualTo(45);
      assertThat(result.get("rtoTargetMinutes").asInt()).isEqualTo(60);
    });
    assertThat(json.readTree(client.get("quality", "/api/continuity-drills?year=2025").body())).isEmpty();
    HttpResponse<String> badYear = client.get("manager", "/api/continuity-drills?year=二〇二六");
    assertThat(badYear.statusCode()).isEqualTo(400);
    assertThat(badYear.body()).contains("年份");
  }
}
