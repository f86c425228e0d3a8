package com.yuanjing.itsm.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import com.yuanjing.itsm.change.ChangeProcess;
import com.yuanjing.itsm.release.ReleaseProcess;
import com.yuanjing.itsm.testsupport.TestDatabase;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The approval facts read from real engine history. Stand-ins for the change and release processes with
 * their keys and end events are enough: the lookup reads only the business key, one variable and the end.
 * The lookups run as a user without any permission: the facts are read all the same.
 */
@Tag("database")
class ChangeApprovalsTest {

  private static ProcessEngine engine;
  private static ChangeApprovals approvals;

  @BeforeAll
  static void startEngine() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl)
        ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName("change-approvals");
    configuration.setJdbcUrl(TestDatabase.newDatabaseUrl("change_approvals"));
    configuration.setJdbcUsername(TestDatabase.username());
    configuration.setJdbcPassword(TestDatabase.password());
    configuration.setJdbcDriver(TestDatabase.isPostgres() ? "org.postgresql.Driver" : "org.h2.Driver");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistoryLevel(HistoryLevel.HISTORY_LEVEL_FULL);
    configuration.setAuthorizationEnabled(true);
    configuration.setJobExecutorActivate(false);
    engine = configuration.buildProcessEngine();
    engine.getRepositoryService().createDeployment()
        .addModelInstance("change.bpmn", standIn(ChangeProcess.KEY, ChangeProcess.Elements.END_EVENT_CHANGE_SUCCEEDED,
            ChangeProcess.Elements.END_EVENT_CHANGE_REJECTED, ChangeProcess.Elements.END_EVENT_CHANGE_CANCELLED,
            ChangeProcess.Elements.END_EVENT_CHANGE_FAILED))
        .addModelInstance("release.bpmn", standIn(ReleaseProcess.KEY,
            ReleaseProcess.Elements.END_EVENT_RELEASE_SUCCEEDED, ReleaseProcess.Elements.END_EVENT_RELEASE_REJECTED,
            ReleaseProcess.Elements.END_EVENT_RELEASE_WITHDRAWN, ReleaseProcess.Elements.END_EVENT_RELEASE_FAILED))
        .deploy();
    approvals = new ChangeApprovals(engine, 30);
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  @AfterEach
  void signOut() {
    engine.getIdentityService().clearAuthentication();
    ClockUtil.reset();
  }

  @Test
  void aChangeAuthorisesWhenApprovedAndNeitherRejectedNorCancelled() {
    String approved = ChangeProcess.KEY;
    start(approved, "CHG-2026-000001", ChangeProcess.Variables.APPROVED, true, "wait");
    start(approved, "CHG-2026-000002", ChangeProcess.Variables.APPROVED, true,
        ChangeProcess.Elements.END_EVENT_CHANGE_SUCCEEDED);
    start(approved, "CHG-2026-000003", ChangeProcess.Variables.APPROVED, false, "wait");
    start(approved, "CHG-2026-000004", ChangeProcess.Variables.APPROVED, true,
        ChangeProcess.Elements.END_EVENT_CHANGE_CANCELLED);
    start(approved, "CHG-2026-000005", ChangeProcess.Variables.APPROVED, true,
        ChangeProcess.Elements.END_EVENT_CHANGE_REJECTED);
    start(approved, "CHG-2026-000006", "somethingElse", true, "wait");
    engine.getIdentityService().setAuthentication("nobody", List.of());

    assertThat(approvals.changeApproved("CHG-2026-000001")).as("open, approved").isTrue();
    assertThat(approvals.changeApproved("CHG-2026-000002")).as("succeeded").isTrue();
    assertThat(approvals.changeApproved("CHG-2026-000003")).as("not approved").isFalse();
    assertThat(approvals.changeApproved("CHG-2026-000004")).as("cancelled").isFalse();
    assertThat(approvals.changeApproved("CHG-2026-000005")).as("rejected").isFalse();
    assertThat(approvals.changeApproved("CHG-2026-000006")).as("no approval").isFalse();
    assertThat(approvals.changeApproved("CHG-2026-999999")).as("unknown").isFalse();
    assertThat(approvals.changeApproved(" ")).isFalse();
    assertThat(approvals.releaseApproved("CHG-2026-000001")).as("a change is no release").isFalse();
  }

  @Test
  void aReleaseAuthorisesWhenApprovedAndNeitherRejectedNorWithdrawn() {
    String variable = ReleaseProcess.Variables.APPROVAL_DECISION;
    start(ReleaseProcess.KEY, "REL-2026-000001", variable, "APPROVE", "wait");
    start(ReleaseProcess.KEY, "REL-2026-000002", variable, "APPROVE", ReleaseProcess.Elements.END_EVENT_RELEASE_SUCCEEDED);
    start(ReleaseProcess.KEY, "REL-2026-000003", variable, "REJECT", ReleaseProcess.Elements.END_EVENT_RELEASE_REJECTED);
    start(ReleaseProcess.KEY, "REL-2026-000004", variable, "APPROVE", ReleaseProcess.Elements.END_EVENT_RELEASE_WITHDRAWN);
    engine.getIdentityService().setAuthentication("nobody", List.of());

    assertThat(approvals.releaseApproved("REL-2026-000001")).isTrue();
    assertThat(approvals.releaseApproved("REL-2026-000002")).isTrue();
    assertThat(approvals.releaseApproved("REL-2026-000003")).isFalse();
    assertThat(approvals.releaseApproved("REL-2026-000004")).isFalse();
    assertThat(approvals.releaseApproved("REL-2026-999999")).isFalse();
  }

  @Test
  void aChangeOrReleaseAuthorisesOnlyWhileRunningOrForThirtyDaysAfterItSucceeded() {
    at("2026-01-05T10:00:00Z");
    start(ChangeProcess.KEY, "CHG-2026-000101", ChangeProcess.Variables.APPROVED, true, "wait");
    at("2026-02-01T10:00:00Z");
    start(ChangeProcess.KEY, "CHG-2026-000102", ChangeProcess.Variables.APPROVED, true,
        ChangeProcess.Elements.END_EVENT_CHANGE_SUCCEEDED);
    start(ReleaseProcess.KEY, "REL-2026-000102", ReleaseProcess.Variables.APPROVAL_DECISION, "APPROVE",
        ReleaseProcess.Elements.END_EVENT_RELEASE_SUCCEEDED);
    at("2026-02-20T10:00:00Z");
    start(ChangeProcess.KEY, "CHG-2026-000103", ChangeProcess.Variables.APPROVED, true,
        ChangeProcess.Elements.END_EVENT_CHANGE_SUCCEEDED);
    start(ChangeProcess.KEY, "CHG-2026-000104", ChangeProcess.Variables.APPROVED, true,
        ChangeProcess.Elements.END_EVENT_CHANGE_FAILED);
    start(ReleaseProcess.KEY, "REL-2026-000103", ReleaseProcess.Variables.APPROVAL_DECISION, "APPROVE",
        ReleaseProcess.Elements.END_EVENT_RELEASE_SUCCEEDED);
    start(ReleaseProcess.KEY, "REL-2026-000104", ReleaseProcess.Variables.APPROVAL_DECISION, "APPROVE",
        ReleaseProcess.Elements.END_EVENT_RELEASE_FAILED);
    at("2026-03-10T10:00:00Z"); // 37 days after 1 February, 18 days after 20 February
    engine.getIdentityService().setAuthentication("nobody", List.of());

    assertThat(approvals.changeApproved("CHG-2026-000101")).as("approved long ago, still running").isTrue();
    assertThat(approvals.changeApproved("CHG-2026-000102")).as("succeeded 37 days ago").isFalse();
    assertThat(approvals.releaseApproved("REL-2026-000102")).as("succeeded 37 days ago").isFalse();
    assertThat(approvals.changeApproved("CHG-2026-000103")).as("succeeded 18 days ago").isTrue();
    assertThat(approvals.releaseApproved("REL-2026-000103")).as("succeeded 18 days ago").isTrue();
    assertThat(approvals.changeApproved("CHG-2026-000104")).as("failed").isFalse();
    assertThat(approvals.releaseApproved("REL-2026-000104")).as("failed").isFalse();
    assertThat(new ChangeApprovals(engine, 40).changeApproved("CHG-2026-000102")).as("a longer window").isTrue();
  }

  private static void at(String instant) {
    ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
  }

  private static void start(String processKey, String businessKey, String variable, Object value, String end) {
    RuntimeService runtime = engine.getRuntimeService();
    runtime.startProcessInstanceByKey(processKey, businessKey, Map.of(variable, value, "end", end));
  }

  /** Start → gateway on {@code end} → one of the ends, or a user task to stay open ("wait"). */
  private static BpmnModelInstance standIn(String key, String... ends) {
    var gateway = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1095)
        .startEvent("StartEvent_Started").exclusiveGateway("Gateway_End");
    gateway.condition("wait", "${end == 'wait'}").userTask("Task_Wait").endEvent("EndEvent_Waited");
    for (String end : ends) {
      gateway.moveToNode("Gateway_End").condition(end, "${end == '" + end + "'}").endEvent(end);
    }
    return gateway.done();
  }
}
