package com.yuanjing.itsm.release;

import static com.yuanjing.itsm.release.ReleaseProcess.Elements.*;
import static com.yuanjing.itsm.release.ReleaseProcess.Variables.*;
import static com.yuanjing.itsm.testsupport.ProcessTests.BEIJING;
import static com.yuanjing.itsm.testsupport.ProcessTests.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.yuanjing.itsm.audit.ProcessRecords;
import com.yuanjing.itsm.change.ChangeService;
import com.yuanjing.itsm.change.ChangeView;
import com.yuanjing.itsm.change.PlannedTimes;
import com.yuanjing.itsm.configuration.ConfigurationItemService;
import com.yuanjing.itsm.configuration.DefinitiveSoftwareLibrary;
import com.yuanjing.itsm.numbering.BusinessKeys;
import com.yuanjing.itsm.servicelevel.ItService;
import com.yuanjing.itsm.servicelevel.ServiceDirectory;
import com.yuanjing.itsm.sla.BusinessCalendarProperties;
import com.yuanjing.itsm.testsupport.ProcessTests;
import com.yuanjing.itsm.testsupport.TestProcessEngine;
import com.yuanjing.itsm.validation.InvalidInputException;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The release lifecycle on the real model and readiness gate. The authorising change and the stores of
 * configuration items and packages are the edges and are mocked.
 */
@Tag("database")
@Deployment(resources = {
    "processes/release-management.bpmn", "processes/release-readiness.dmn",
    "forms/release/register-release.form", "forms/release/complete-evidence.form",
    "forms/release/approve-release.form", "forms/release/deploy-release.form", "forms/release/smoke-test.form",
    "forms/release/roll-back-release.form"})
class ReleaseManagementProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder(TestProcessEngine.configuration("release"))
      .assertClassCoverageAtLeast(0.9)
      .build();

  private static final String CHANGE = "CHG-2026-000042";

  private RuntimeService runtimeService;
  private TaskService taskService;
  private ManagementService managementService;
  private IdentityService identityService;
  private ChangeService changes;
  private ConfigurationItemService configurationItems;
  private DefinitiveSoftwareLibrary softwareLibrary;
  private final AtomicLong numbers = new AtomicLong();

  @BeforeEach
  void wireDelegates() {
    ProcessEngine engine = extension.getProcessEngine();
    BpmnAwareTests.init(engine);
    runtimeService = engine.getRuntimeService();
    taskService = engine.getTaskService();
    managementService = engine.getManagementService();
    identityService = engine.getIdentityService();

    ServiceDirectory services = ServiceDirectory.of(List.of(new ItService("online-banking", "网上银行系统", "GOLD")));
    PlannedTimes plannedTimes = new PlannedTimes(
        new BusinessCalendarProperties(BEIJING, LocalTime.of(9, 0), LocalTime.of(18, 0), "unused"));
    changes = mock(ChangeService.class);
    approved(CHANGE, true);
    configurationItems = mock(ConfigurationItemService.class);
    softwareLibrary = mock(DefinitiveSoftwareLibrary.class);
    BusinessKeys businessKeys = prefix -> BusinessKeys.format(prefix, 2026, numbers.incrementAndGet());
    ReleaseService releases = new ReleaseService(new ReleaseRequestValidator(services, plannedTimes), services,
        plannedTimes, changes, businessKeys, new ProcessRecords(engine.getHistoryService()));

    Mocks.register("clearReleaseChoicesListener", new ClearReleaseChoicesListener());
    Mocks.register("registerReleaseListener", new RegisterReleaseListener(releases));
    Mocks.register("checkReleaseEvidenceDelegate", new CheckReleaseEvidenceDelegate(releases));
    Mocks.register("validateReleaseTaskListener", new ValidateReleaseTaskListener(new ReleaseTaskFormValidator()));
    Mocks.register("updateConfigurationDelegate", new UpdateConfigurationDelegate(configurationItems, softwareLibrary));
    at("2026-11-30T10:00");
  }

  @AfterEach
  void reset() {
    identityService.clearAuthentication();
    ClockUtil.reset();
    Mocks.reset();
  }

  @Test
  void readyReleaseIsApprovedDeployedVerifiedAndUpdatesTheConfigurationRecords() {
    ProcessInstance release = register(registration());

    assertThat(release.getBusinessKey()).matches("REL-2026-\\d{6}");
    assertThat(variable(release, RELEASE_READY)).isEqualTo(true);
    complete(release, TASK_APPROVE_RELEASE, "release", Map.of(APPROVAL_DECISION, "APPROVE", APPROVAL_COMMENT, "同意发布"));
    assertThat(release).isWaitingAt(TIMER_DEPLOYMENT_WINDOW_REACHED);

    at("2026-12-05T22:00");
    runDueJobs();
    complete(release, TASK_DEPLOY_RELEASE, "engineer", Map.of(DEPLOYMENT_RESULT, "COMPLETED", DEPLOYMENT_NOTE, "已部署"));
    complete(release, TASK_SMOKE_TEST, "engineer", Map.of(SMOKE_TEST_RESULT, "PASSED", SMOKE_TEST_NOTE, "登录正常"));

    assertThat(release).isEnded().hasPassed(TASK_UPDATE_CONFIGURATION, END_EVENT_RELEASE_SUCCEEDED);
    assertThat(historicVariable(release, RELEASE_SUCCEEDED)).isEqualTo(true);
    Date deployedAt = (Date) historicVariable(release, DEPLOYED_AT);
    verify(configurationItems).recordDeployment(release.getBusinessKey(), "online-banking", "login-service", "2.3.1",
        "app-01,app-02", deployedAt.toInstant(), null);
    verify(configurationItems).recordDeployment(release.getBusinessKey(), "online-banking", "session-cache", "1.4.0",
        "app-01,app-02", deployedAt.toInstant(), null);
    verify(softwareLibrary).record(any());
  }

  @Test
  void gateSendsAnUnreadyReleaseBackWithTheReasonsUntilTheEvidenceIsComplete() {
    approved(CHANGE, false);
    Map<String, Object> registration = registration();
    registration.put(TEST_RESULT, "FAILED");
    registration.put(TESTS_FAILED, 3);
    ProcessInstance release = register(registration);

    assertThat(release).isWaitingAt(TASK_COMPLETE_EVIDENCE);
    assertThat((String) variable(release, READINESS_FINDINGS))
        .contains("关联的变更尚未批准", "测试未通过", "测试报告中有失败用例");

    approved(CHANGE, true);
    Map<String, Object> evidence = evidence();
    evidence.put(EVIDENCE_DECISION, "RESUBMIT");
    complete(release, TASK_COMPLETE_EVIDENCE, "release", evidence);

    assertThat(release).isWaitingAt(TASK_APPROVE_RELEASE);
    assertThat(variable(release, TESTS_FAILED)).isEqualTo(0);
  }

  @Test
  void changeThatFailedNoLongerAuthorisesTheRelease() {
    when(changes.find(eq(CHANGE))).thenReturn(Optional.of(new ChangeView(CHANGE, "1", "OPEN", null, "升级登录模块",
        "online-banking", "网上银行系统", "engineer", "MANUAL", null, "NORMAL", "MEDIUM", "CAB", true, null, null,
        false, List.of())));

    ProcessInstance release = register(registration());

    assertThat((String) variable(release, READINESS_FINDINGS)).contains("关联的变更尚未批准");
  }

  @Test
  void releaseWithoutBackOutPlanCanOnlyBeWithdrawn() {
    Map<String, Object> registration = registration();
    registration.remove(BACKOUT_PLAN);
    ProcessInstance release = register(registration);
    assertThat((String) variable(release, READINESS_FINDINGS)).contains("没有回退方案");

    complete(release, TASK_COMPLETE_EVIDENCE, "release", Map.of(EVIDENCE_DECISION, "WITHDRAW"));

    assertThat(release).isEnded().hasPassed(END_EVENT_RELEASE_WITHDRAWN).hasNotPassed(TASK_APPROVE_RELEASE);
  }

  @Test
  void releaseManagersRejectTheRelease() {
    ProcessInstance release = register(registration());

    complete(release, TASK_APPROVE_RELEASE, "release", Map.of(APPROVAL_DECISION, "REJECT", APPROVAL_COMMENT, "窗口冲突"));

    assertThat(release).isEnded().hasPassed(END_EVENT_RELEASE_REJECTED);
  }

  @Test
  void failedDeploymentIsRolledBackAndCountsAsFailed() {
    ProcessInstance release = approvedRelease();
    complete(release, TASK_DEPLOY_RELEASE, "engineer", Map.of(DEPLOYMENT_RESULT, "FAILED", DEPLOYMENT_NOTE, "启动失败"));

    complete(release, TASK_ROLL_BACK_RELEASE, "engineer", Map.of(ROLLBACK_NOTE, "已回滚"));

    assertThat(release).isEnded().hasPassed(END_EVENT_RELEASE_FAILED).hasNotPassed(TASK_SMOKE_TEST);
    assertThat(historicVariable(release, RELEASE_SUCCEEDED)).isEqualTo(false);
    verify(configurationItems, never()).recordDeployment(any(), any(), any(), any(), any(), any(), any());
  }

  @Test
  void failedSmokeTestIsRolledBackToo() {
    ProcessInstance release = approvedRelease();
    complete(release, TASK_DEPLOY_RELEASE, "engineer", Map.of(DEPLOYMENT_RESULT, "COMPLETED", DEPLOYMENT_NOTE, "已部署"));
    complete(release, TASK_SMOKE_TEST, "engineer", Map.of(SMOKE_TEST_RESULT, "FAILED", SMOKE_TEST_NOTE, "登录报错"));

    complete(release, TASK_ROLL_BACK_RELEASE, "engineer", Map.of(ROLLBACK_NOTE, "已回滚"));
    assertThat(release).isEnded().hasPassed(END_EVENT_RELEASE_FAILED);
  }

  @Test
  void registrantCannotApproveTheirOwnReleaseAndBadRegistrationsAreRefused() {
    Map<String, Object> registration = registration();
    registration.put(REQUESTED_BY, "release");
    ProcessInstance release = register(registration);
    Task approval = task(release, TASK_APPROVE_RELEASE);
    taskService.claim(approval.getId(), "release");
    identityService.setAuthentication("release", List.of("release-managers"));
    assertThatThrownBy(() -> taskService.complete(approval.getId(),
        Map.of(APPROVAL_DECISION, "APPROVE", APPROVAL_COMMENT, "同意")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("发布登记人不能审批自己的发布");
    identityService.clearAuthentication();

    when(changes.find("CHG-2026-999999")).thenReturn(Optional.empty());
    Map<String, Object> invalid = registration();
    invalid.put(CHANGE_KEY, "CHG-2026-999999");
    invalid.put(APPLICATIONS, "login-service");
    invalid.put(PACKAGE_CHECKSUM, "abc");
    invalid.put(PLANNED_START, "2026-11-01T22:00+08:00");
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(ReleaseProcess.KEY, invalid))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("应用及版本").hasMessageContaining("SHA-256").hasMessageContaining("未找到变更")
        .hasMessageContaining("计划部署时间已过");
    Map<String, Object> longName = registration();
    longName.put(APPLICATIONS, "a".repeat(101) + ":1.0");
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(ReleaseProcess.KEY, longName))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("应用名不能超过 100 个字符");
  }

  // --- helpers -------------------------------------------------------------------------------------

  private void approved(String changeKey, boolean approved) {
    when(changes.find(eq(changeKey))).thenReturn(Optional.of(new ChangeView(changeKey, "1", "OPEN", null, "升级登录模块",
        "online-banking", "网上银行系统", "engineer", "MANUAL", null, "NORMAL", "MEDIUM", "CAB", approved, null, null,
        null, List.of())));
  }

  private ProcessInstance approvedRelease() {
    ProcessInstance release = register(registration());
    complete(release, TASK_APPROVE_RELEASE, "release", Map.of(APPROVAL_DECISION, "APPROVE", APPROVAL_COMMENT, "同意"));
    at("2026-12-05T22:00");
    runDueJobs();
    return release;
  }

  private static Map<String, Object> registration() {
    Map<String, Object> registration = evidence();
    registration.put(TITLE, "登录模块 2.3.1 发布");
    registration.put(SERVICE_ID, "online-banking");
    registration.put(CHANGE_KEY, CHANGE);
    registration.put(APPLICATIONS, "login-service:2.3.1, session-cache:1.4.0");
    registration.put(DEPLOYED_ON, "app-01,app-02");
    registration.put(PLANNED_START, "2026-12-05T22:00+08:00");
    registration.put(PACKAGE_NAME, "login-release-2.3.1.tar.gz");
    registration.put(PACKAGE_CHECKSUM, "a".repeat(64));
    registration.put(PACKAGE_LOCATION, "dsl://releases/login-release-2.3.1.tar.gz");
    return registration;
  }

  private static Map<String, Object> evidence() {
    Map<String, Object> evidence = new HashMap<>();
    evidence.put(TEST_RESULT, "PASSED");
    evidence.put(TESTS_PASSED, 120);
    evidence.put(TESTS_FAILED, 0);
    evidence.put(TESTS_SKIPPED, 2);
    evidence.put(ACCEPTANCE_SIGNED_OFF, true);
    evidence.put(ACCEPTANCE_SIGNED_BY, "客户方 王经理");
    evidence.put(SECURITY_SCAN_RESULT, "PASSED");
    evidence.put(BACKOUT_PLAN, "恢复上一版本");
    return evidence;
  }

  private ProcessInstance register(Map<String, Object> registration) {
    ProcessInstance release = runtimeService.startProcessInstanceByKey(ReleaseProcess.KEY, registration);
    runDueJobs();
    return release;
  }

  private void complete(ProcessInstance release, String taskKey, String user, Map<String, Object> values) {
    Task task = task(release, taskKey);
    if (task.getAssignee() == null) {
      taskService.claim(task.getId(), user);
    }
    taskService.complete(task.getId(), values);
    runDueJobs();
  }

  private Task task(ProcessInstance release, String taskKey) {
    return taskService.createTaskQuery().processInstanceId(release.getId()).taskDefinitionKey(taskKey).singleResult();
  }

  private void runDueJobs() {
    ProcessTests.runDueJobs(managementService);
  }

  private Object variable(ProcessInstance release, String name) {
    return runtimeService.getVariable(release.getId(), name);
  }

  private Object historicVariable(ProcessInstance release, String name) {
    return ProcessTests.historicVariable(extension.getProcessEngine().getHistoryService(), release, name);
  }

}
