package com.yuanjing.itsm.capacity;

import static com.yuanjing.itsm.capacity.AlertmanagerNotifications.firing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doAnswer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuanjing.itsm.availability.AvailabilityProcess;
import com.yuanjing.itsm.identity.ItsmGroup;
import com.yuanjing.itsm.notification.Notice;
import com.yuanjing.itsm.testsupport.SuiteClient;
import com.yuanjing.itsm.testsupport.SuiteIntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Process problems never lose monitoring data: the processes react to a notification only after it is
 * stored, each alert's reaction in a transaction of its own. Edited decision tables are deployed as new
 * versions, the way process owners deploy them, and removed after each test; a start of the capacity process
 * that fails after it began is made by a spy. The tests share one database and use fingerprints of their own.
 */
@SuiteIntegrationTest
class AlertReactionIntegrationTest {

  private static final String WEBHOOK = "/api/alerts/alertmanager";
  private static final AtomicInteger NUMBER = new AtomicInteger();

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;
  @MockitoSpyBean CapacityService capacity;
  SuiteClient client;
  private final List<String> deployments = new ArrayList<>();

  @BeforeEach
  void connect() {
    client = new SuiteClient(port);
  }

  @AfterEach
  void removeEditedTables() {
    deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
  }

  @Test
  void aReactionThatFailsLeavesEveryAlertStoredAnswers200AndTellsOpsManagers() throws Exception {
    // a process owner typed 是 where the table's boolean output needs true
    String entry = "<outputEntry id=\"OutputEntry_AvailabilityAlert_1\">\n          <text>";
    deploy("processes/service-outage-alert.dmn", xml -> xml.replace(entry + "true", entry + "\"是\""));
    String down = fingerprint();
    String disk = fingerprint();

    HttpResponse<String> response = client.postJson("engineer", WEBHOOK, firing(
        alert("firing", down, "ServiceDown", "online-banking"),
        alert("firing", disk, "DiskWillFillIn4Hours", "online-banking")));

    assertThat(counts(response)).containsExactly(2, 2, 0, 0, 0);
    JsonNode listed = json.readTree(client.get("manager", "/api/alerts?service=online-banking").body());
    assertThat(listed.findValuesAsText("fingerprint")).contains(down, disk);
    assertThat(outages(alertId(down))).as("the failed report").isZero();
    assertThat(cases(disk)).as("the other alert's reaction").isEqualTo(1);
    Task notice = notice(alertId(down));
    assertThat(notice.getName()).startsWith("【告警处理失败】告警 " + alertId(down))
        .contains("ServiceDown", "online-banking", "登记服务中断");
    assertThat(notice.getDescription()).contains("监控告警已保存", "指纹 " + down, "服务：online-banking", "原因：");
    assertThat(notices(alertId(disk))).isEmpty();
  }

  @Test
  void anUnknownCapacityTypeOrNoMatchingOutageRuleMeansNeitherAndRefusesNothing() throws Exception {
    // a process owner renamed a capacity type the suite does not know, and removed the outage table's catch-all
    deploy("processes/capacity-alert.dmn", xml -> xml.replace("\"CONNECTIONS\"", "\"NETWORK\""));
    deploy("processes/service-outage-alert.dmn",
        xml -> xml.substring(0, xml.indexOf("      <rule id=\"Rule_Otherwise\">"))
            + xml.substring(xml.indexOf("    </decisionTable>")));
    String connections = fingerprint();
    String cpu = fingerprint();

    HttpResponse<String> response = client.postJson("engineer", WEBHOOK, firing(
        alert("firing", connections, "TooManyConnections", "core-accounting"),
        alert("firing", cpu, "HighCpu", "office-oa")));

    assertThat(counts(response)).containsExactly(2, 2, 0, 0, 0);
    assertThat(cases(connections)).as("NETWORK is no capacity type of the suite").isZero();
    assertThat(cases(cpu)).as("the edited table still knows CPU").isEqualTo(1);
    assertThat(outages(alertId(connections)) + outages(alertId(cpu))).as("no rule matched").isZero();
    assertThat(notices(alertId(connections))).isEmpty();
    assertThat(notices(alertId(cpu))).isEmpty();
  }

  @Test
  void aFailedStartIsRolledBackWholeWhileTheOtherAlertsReactionsCommit() throws Exception {
    String disk = fingerprint();
    String down = fingerprint();
    doAnswer(start -> {
      start.callRealMethod();
      throw new IllegalStateException("容量管理流程启动失败");
    }).when(capacity).startFromAlert(argThat(alert -> alert.fingerprint().equals(disk)), any());

    HttpResponse<String> response = client.postJson("engineer", WEBHOOK, firing(
        alert("firing", disk, "DiskWillFillIn4Hours", "customer-portal"),
        alert("firing", down, "ServiceDown", "customer-portal")));

    assertThat(counts(response)).containsExactly(2, 2, 0, 0, 0);
    assertThat(cases(disk)).as("the engine's commands ran in the reaction's transaction").isZero();
    assertThat(outages(alertId(down))).isEqualTo(1);
    assertThat(notice(alertId(disk)).getDescription()).contains("启动容量管理", "容量管理流程启动失败");
  }

  @Test
  void aStartThatMeetsAConcurrentChangeIsRetriedOnceWithoutANotice() throws Exception {
    String disk = fingerprint();
    AtomicInteger attempts = new AtomicInteger();
    doAnswer(start -> {
      Object started = start.callRealMethod();
      if (attempts.incrementAndGet() == 1) {
        throw new OptimisticLockingException("ACT_RU_EXECUTION was updated by another transaction concurrently");
      }
      return started;
    }).when(capacity).startFromAlert(argThat(alert -> alert.fingerprint().equals(disk)), any());

    HttpResponse<String> response = client.postJson("engineer", WEBHOOK, firing(
        alert("firing", disk, "DiskWillFillIn4Hours", "office-oa")));

    assertThat(counts(response)).containsExactly(1, 1, 0, 0, 0);
    assertThat(attempts).hasValue(2);
    assertThat(cases(disk)).isEqualTo(1);
    assertThat(notices(alertId(disk))).isEmpty();
  }

  private void deploy(String resource, UnaryOperator<String> edit) {
    String original;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
      original = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String edited = edit.apply(original);
    assertThat(edited).as("the edit applies").isNotEqualTo(original);
    deployments.add(repositoryService.createDeployment().name("edited " + resource)
        .addString(resource.substring(resource.lastIndexOf('/') + 1), edited).deploy().getId());
  }

  private long cases(String fingerprint) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(CapacityProcess.KEY)
        .variableValueEquals(CapacityProcess.Variables.ALERT_FINGERPRINT, fingerprint).count();
  }

  private long outages(long alertId) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(AvailabilityProcess.KEY)
        .variableValueEquals(AvailabilityProcess.Variables.SOURCE_KEY, String.valueOf(alertId)).count();
  }

  private List<Task> notices(long alertId) {
    return taskService.createTaskQuery().taskCandidateGroup(ItsmGroup.OPS_MANAGERS.id())
        .taskNameLike(Notice.ALERT_REACTION_FAILED.title("告警 " + alertId, "") + "%").list();
  }

  private Task notice(long alertId) {
    List<Task> notices = notices(alertId);
    assertThat(notices).as("notices of alert %d", alertId).hasSize(1);
    return notices.get(0);
  }

  private long alertId(String fingerprint) {
    return jdbc.queryForObject("SELECT id FROM itsm_monitoring_alert WHERE fingerprint = ?", Long.class, fingerprint);
  }

  private List<Integer> counts(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode body = json.readTree(response.body());
    List<Integer> counts = new ArrayList<>();
    for (String name : List.of("received", "created", "updated", "resolved", "unmapped")) {
      counts.add(body.get(name).asInt());
    }
    return counts;
  }

  private static String fingerprint() {
    return "react" + NUMBER.incrementAndGet() + Long.toHexString(System.nanoTime());
  }

  private static String alert(String status, String fingerprint, String name, String service) {
    return """
        {
          "status": "%s",
          "labels": {"alertname": "%s", "service": "%s", "severity": "critical"},
          "annotations": {"summary": "监控告警"},
          "startsAt": "2026-12-03T10:15:30+08:00",
          "endsAt": "0001-01-01T00:00:00Z",
          "fingerprint": "%s"
        }""".formatted(status, name, service, fingerprint);
  }
}
