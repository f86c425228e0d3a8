package com.yuanjing.itsm.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuanjing.itsm.testsupport.ProcessTests;
import com.yuanjing.itsm.testsupport.SuiteClient;
import com.yuanjing.itsm.testsupport.SuiteIntegrationTest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The deployed suite: the monthly review creates the improvement task for the KPI's owner, who alone sees and
 * works it in Tasklist's REST API; nobody starts an improvement by hand. The KPIs are judged by a stand-in.
 */
@SuiteIntegrationTest
class KpiReviewIntegrationTest {

  private static final String TASKS = "/engine-rest/task?processInstanceBusinessKey=KPI-incident-response-2026-01";

  @LocalServerPort int port;
  @Autowired ManagementService managementService;
  @Autowired ObjectMapper json;
  @MockitoBean KpiService kpis;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theReviewGivesTheOwnerATaskThatNeedsCauseAndAction() throws Exception {
    KpiReviewFixture.judge(kpis, Set.of(Kpi.INCIDENT_RESPONSE));
    ProcessTests.at("2026-02-01T02:00");
    managementService.executeJob(managementService.createJobQuery().processDefinitionKey(KpiReviewProcess.KEY)
        .timers().singleResult().getId());
    ProcessTests.runDueJobs(managementService);
    SuiteClient client = new SuiteClient(port);

    assertThat(json.readTree(client.get("quality", TASKS).body())).isEmpty();
    JsonNode tasks = json.readTree(client.get("manager", TASKS).body());
    assertThat(tasks).hasSize(1);
    assertThat(tasks.get(0).path("name").asText()).isEqualTo("制定改进措施");
    String task = "/engine-rest/task/" + tasks.get(0).path("id").asText();
    assertThat(client.postJson("manager", task + "/claim", "{\"userId\": \"manager\"}").statusCode()).isEqualTo(204);

    HttpResponse<String> refused = client.postJson("manager", task + "/complete", "{}");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("原因分析：不能为空", "改进措施：不能为空");
    assertThat(client.postJson("manager", task + "/complete", """
        {"variables": {"improvementCause": {"value": "春节前夕报障量翻倍，夜班仅一人"},
          "improvementAction": {"value": "节假日前增加值班人员"}, "improvementOwner": {"value": "engineer"},
          "improvementDueDate": {"value": "2026-02-28"}}}
        """).statusCode()).isEqualTo(204);
    assertThat(json.readTree(client.get("manager", TASKS).body())).isEmpty();

    assertThat(client.postJson("manager", "/engine-rest/process-definition/key/kpiImprovement/start", "{}")
        .statusCode()).isEqualTo(403);
  }
}
