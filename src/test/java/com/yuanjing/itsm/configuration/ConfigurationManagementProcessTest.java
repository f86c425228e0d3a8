package com.yuanjing.itsm.configuration;

import static com.yuanjing.itsm.configuration.ConfigurationProcess.Elements.*;
import static com.yuanjing.itsm.configuration.ConfigurationProcess.Variables.*;
import static com.yuanjing.itsm.testsupport.ProcessTests.BEIJING;
import static com.yuanjing.itsm.testsupport.ProcessTests.at;
import static com.yuanjing.itsm.testsupport.ProcessTests.beijing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.yuanjing.itsm.audit.ProcessRecords;
import com.yuanjing.itsm.identity.CurrentUser;
import com.yuanjing.itsm.numbering.BusinessKeys;
import com.yuanjing.itsm.servicelevel.ItService;
import com.yuanjing.itsm.servicelevel.ServiceDirectory;
import com.yuanjing.itsm.sla.BusinessCalendar;
import com.yuanjing.itsm.sla.HolidayCalendarLoader;
import com.yuanjing.itsm.testsupport.ProcessTests;
import com.yuanjing.itsm.testsupport.TestProcessEngine;
import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Configuration requests and audits on the real model. The CMDB ({@link ConfigurationRegistry}) is the
 * edge and is mocked; the audit results go to the real table, migrated into the engine's database.
 */
@Tag("database")
@Deployment(resources = {
    "processes/configuration-management.bpmn", "forms/configuration/request-configuration.form",
    "forms/configuration/check-configuration-request.form", "forms/configuration/verify-configuration-item.form"})
class ConfigurationManagementProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder(TestProcessEngine.configuration("configuration"))
      .assertClassCoverageAtLeast(0.9)
      .build();

  /** Keys stay unique across the tests of the class, which share the result table. */
  private static final AtomicLong NUMBERS = new AtomicLong();
  private static boolean migrated;
  private static final AuditSubject LOGIN = new AuditSubject(11, 3, "应用 login-service 2.3.1，网上银行系统，app-01");
  private static final AuditSubject DATABASE = new AuditSubject(12, 1, "数据库 core-db 19c，核心账务系统，db-01");

  private RuntimeService runtimeService;
  private TaskService taskService;
  private ManagementService managementService;
  private IdentityService identityService;
  private JdbcTemplate jdbc;
  private ConfigurationRegistry registry;
  private ConfigurationAuditService audits;

  @BeforeEach
  void wireDelegates() throws IOException {
    ProcessEngine engine = extension.getProcessEngine();
    BpmnAwareTests.init(engine);
    runtimeService = engine.getRuntimeService();
    taskService = engine.getTaskService();
    managementService = engine.getManagementService();
    identityService = engine.getIdentityService();
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    DataSource dataSource = new DriverManagerDataSource(configuration.getJdbcUrl(), configuration.getJdbcUsername(),
        configuration.getJdbcPassword());
    if (!migrated) {
      // as IdentitySetup grants every task worker: reading the definitions of the tasks they complete
      Authorization read = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      read.setGroupId("config-managers");
      read.setResource(Resources.PROCESS_DEFINITION);
      read.setResourceId(Authorization.ANY);
      read.addPermission(Permissions.READ);
      engine.getAuthorizationService().saveAuthorization(read);
      // the suite's tables beside the engine's, as the application's Flyway set-up creates them
      Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").table("itsm_schema_history")
          .baselineOnMigrate(true).baselineVersion("0").load().migrate();
      migrated = true;
    }
    jdbc = new JdbcTemplate(dataSource);

    BusinessCalendar calendar;
    try (InputStream holidays = getClass().getResourceAsStream("/calendar/china-holidays.yaml")) {
      calendar = new BusinessCalendar(BEIJING, LocalTime.of(9, 0), LocalTime.of(18, 0),
          HolidayCalendarLoader.load(holidays, "china-holidays.yaml"));
    }
    ServiceDirectory services = ServiceDirectory.of(List.of(new ItService("online-banking", "网上银行系统", "GOLD")));
    BusinessKeys businessKeys = prefix -> BusinessKeys.format(prefix, 2026, NUMBERS.incrementAndGet());
    registry = mock(ConfigurationRegistry.class);
    when(registry.apply(any(), any())).thenReturn(42L);
    ConfigurationRequests requests = new ConfigurationRequests(registry, services);
    audits = new ConfigurationAuditService(jdbc, new DataSourceTransactionManager(dataSource), registry, services,
        engine, new ProcessRecords(engine.getHistoryService()), new CurrentUser(identityService));

    Mocks.register("registerConfigurationRequestListener", new RegisterConfigurationRequestListener(requests, businessKeys));
    Mocks.register("validateConfigurationTaskListener",
        new ValidateConfigurationTaskListener(new ConfigurationTaskFormValidator(requests), audits));
    Mocks.register("recordConfigurationDelegate", new RecordConfigurationDelegate(requests, registry));
    Mocks.register("startConfigurationAuditListener", new StartConfigurationAuditListener(businessKeys, services));
    Mocks.register("selectAuditSampleDelegate", new SelectAuditSampleDelegate(registry, calendar, 20));
    Mocks.register("configurationAuditSubjects", new ConfigurationAuditSubjects());
    Mocks.register("prepareVerificationListener", new PrepareVerificationListener());
    Mocks.register("summariseConfigurationAuditDelegate", new SummariseConfigurationAuditDelegate(audits));
    at("2026-11-30T10:00");
  }

  @AfterEach
  void reset() {
    identityService.clearAuthentication();
    ClockUtil.reset();
    Mocks.reset();
  }

  // --- requests ------------------------------------------------------------------------------------

  @Test
  void approvedRequestIsRecordedInTheCmdb() {
    ProcessInstance request = request(registration());

    assertThat(request.getBusinessKey()).matches("CFG-2026-\\d{6}");
    assertThat(variable(request, SUMMARY)).isEqualTo("登记 login-service（网上银行系统）");
    complete(request, TASK_CHECK_CONFIGURATION_REQUEST, "config", "config-managers",
        Map.of(CHECK_DECISION, "APPROVE", CHECK_COMMENT, "与变更一致"));

    assertThat(request).isEnded().hasPassed(TASK_RECORD_CONFIGURATION, END_EVENT_CONFIGURATION_RECORDED);
    assertThat(historicVariable(request, ITEM_ID)).isEqualTo(42L);
    assertThat(historicVariable(request, CHECKED_BY)).isEqualTo("config");
    ConfigurationRequest expected = new ConfigurationRequest(ConfigurationRequest.Operation.REGISTER, null,
        CiType.APPLICATION, "login-service", "online-banking", Environment.PRODUCTION, "2.3.1", "app-01",
        "engineer", null);
    ChangeAuthority authority = new ChangeAuthority("engineer", "新应用上线", "CHG-2026-000042", null, null);
    verify(registry, times(2)).check(expected, authority); // at the start and again when approved
    verify(registry).apply(expected, authority);
  }

  @Test
  void updateIsRecordedAgainstTheRevisionItWasRequestedFor() {
    when(registry.currentRevision(7L)).thenReturn(5);
    Map<String, Object> update = new HashMap<>();
    update.put(OPERATION, "UPDATE");
    update.put(ITEM_ID, 7L);
    update.put(NAME, "");
    update.put(VERSION, "2.4.0");
    update.put(REASON, "升级");
    update.put(CHANGE_KEY, "CHG-2026-000042");
    update.put(REQUESTED_BY, "engineer");
    ProcessInstance request = request(update);

    assertThat(variable(request, ITEM_REVISION)).isEqualTo(5);
    when(registry.currentRevision(7L)).thenReturn(6); // read once, when the request was made
    complete(request, TASK_CHECK_CONFIGURATION_REQUEST, "config", "config-managers",
        Map.of(CHECK_DECISION, "APPROVE", CHECK_COMMENT, "同意"));

    assertThat(request).isEnded().hasPassed(END_EVENT_CONFIGURATION_RECORDED);
    ConfigurationRequest expected = new ConfigurationRequest(ConfigurationRequest.Operation.UPDATE, 7L, null, null,
        null, null, "2.4.0", null, null, null, 5);
    ChangeAuthority authority = new ChangeAuthority("engineer", "升级", "CHG-2026-000042", null, null);
    verify(registry).check(expected, authority); // when approved; at the start without the revision
    verify(registry).apply(expected, authority);
  }

  @Test
  void rejectedRequestChangesNothing() {
    ProcessInstance request = request(registration());

    complete(request, TASK_CHECK_CONFIGURATION_REQUEST, "config", "config-managers",
        Map.of(CHECK_DECISION, "REJECT", CHECK_COMMENT, "位置有误"));

    assertThat(request).isEnded().hasPassed(END_EVENT_CONFIGURATION_REQUEST_REJECTED).hasNotPassed(TASK_RECORD_CONFIGURATION);
    verify(registry, never()).apply(any(), any());
  }

  @Test
  void badRequestIsRefusedAtTheStartAndNothingIsCreated() {
    doThrow(new InvalidInputException("配置申请有误", List.of(
        new FieldError(CHANGE_KEY, "变更编号", "生产环境的配置项须有已批准的变更或发布"))))
        .when(registry).check(any(), any());
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(ConfigurationProcess.KEY, registration()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("变更编号：生产环境的配置项须有已批准的变更或发布");

    Map<String, Object> malformed = registration();
    malformed.put(OPERATION, "MOVE");
    malformed.put(ITEM_ID, "abc");
    malformed.put(RELEASE_KEY, "release 8");
    malformed.remove(REASON);
    malformed.put(CHECK_DECISION, "APPROVE");
    malformed.put(ITEM_REVISION, 9);
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(ConfigurationProcess.KEY, malformed))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("操作：取值“MOVE”无效").hasMessageContaining("配置项编号：必须是正整数")
        .hasMessageContaining("发布编号：应为发布编号").hasMessageContaining("申请原因：不能为空")
        .hasMessageContaining("checkDecision：未知字段").hasMessageContaining("itemRevision：未知字段");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ConfigurationProcess.KEY).count())
        .isZero();
  }

  @Test
  void requesterCannotCheckTheirOwnRequestAndAnApprovalIsCheckedWithTheCmdbAgain() {
    Map<String, Object> registration = registration();
    registration.put(REQUESTED_BY, "config");
    ProcessInstance request = request(registration);

    assertThatThrownBy(() -> complete(request, TASK_CHECK_CONFIGURATION_REQUEST, "config", "config-managers",
        Map.of(CHECK_DECISION, "APPROVE", CHECK_COMMENT, "同意")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("配置申请人不能审核自己的申请");

    doThrow(new InvalidInputException("配置申请有误", List.of(new FieldError(CHANGE_KEY, "变更编号", "变更已撤销"))))
        .when(registry).check(any(), any());
    taskService.setAssignee(task(request, TASK_CHECK_CONFIGURATION_REQUEST).getId(), "config2");
    assertThatThrownBy(() -> complete(request, TASK_CHECK_CONFIGURATION_REQUEST, "config2", "config-managers",
        Map.of(CHECK_DECISION, "APPROVE", CHECK_COMMENT, "同意")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("变更编号：变更已撤销");
    assertThat(request).isWaitingAt(TASK_CHECK_CONFIGURATION_REQUEST);
  }

  @Test
  void requestTheCmdbRefusesAtRecordTimeEndsAsFailedWithTheReason() {
    when(registry.apply(any(), any())).thenThrow(new InvalidInputException("配置申请有误",
        List.of(new FieldError(CHANGE_KEY, "变更编号", "变更 CHG-2026-000042 已撤销"))));
    ProcessInstance request = request(registration());

    complete(request, TASK_CHECK_CONFIGURATION_REQUEST, "config", "config-managers",
        Map.of(CHECK_DECISION, "APPROVE", CHECK_COMMENT, "同意"));

    assertThat(request).isEnded().hasPassed(BOUNDARY_EVENT_RECORD_FAILED, END_EVENT_CONFIGURATION_REQUEST_FAILED)
        .hasNotPassed(END_EVENT_CONFIGURATION_RECORDED);
    assertThat((String) historicVariable(request, RECORD_FAILURE)).contains("变更 CHG-2026-000042 已撤销");
  }

  // --- audits --------------------------------------------------------------------------------------

  @Test
  void monthlyAuditOfAnAccurateSampleCountsEveryItemAsAccurate() {
    when(registry.sampleForAudit(null, 20)).thenReturn(List.of(LOGIN, DATABASE));

    monthlyAuditIsDue();

    ProcessInstance audit = runningAudit();
    assertThat(audit.getBusinessKey()).matches("CAU-2026-\\d{6}");
    List<Task> verifications = taskService.createTaskQuery().processInstanceId(audit.getId())
        .taskDefinitionKey(TASK_VERIFY_CONFIGURATION_ITEM).list();
    assertThat(verifications).hasSize(2)
        // 10 working days from Tuesday 1 December, before opening: 1-4, 7-11 and 14 December
        .allSatisfy(task -> assertThat(task.getDueDate()).isEqualTo(beijing("2026-12-14T18:00")));
    assertThat(verifications.stream().map(task -> taskService.getVariable(task.getId(), ITEM_SUMMARY)))
        .containsExactlyInAnyOrder(LOGIN.summary(), DATABASE.summary());

    at("2026-12-03T15:00");
    verifications.forEach(task -> completeTask(task, "config", Map.of(VERIFICATION_RESULT, "ACCURATE")));
    runDueJobs();

    assertThat(audit).isEnded().hasPassed(TASK_SUMMARISE_AUDIT, END_EVENT_CONFIGURATION_AUDIT_COMPLETED);
    assertThat(historicVariable(audit, VERIFIED_COUNT)).isEqualTo(2);
    assertThat(historicVariable(audit, ACCURATE_COUNT)).isEqualTo(2);
    assertThat(historicVariable(audit, CONFIGURATION_ACCURACY)).isEqualTo(1.0);
    assertThat(audits.results(audit.getBusinessKey())).extracting(ConfigurationAuditResult::itemId,
        ConfigurationAuditResult::verifiedRevision, ConfigurationAuditResult::accurate,
        ConfigurationAuditResult::verifiedBy)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(11L, 3, true, "config"),
            org.assertj.core.groups.Tuple.tuple(12L, 1, true, "config"));
    verify(registry, never()).correctAfterAudit(anyLong(), anyInt(), any(), any(), any(), any());
  }

  @Test
  void inaccurateItemNeedsAFindingAndACorrectionAndIsCorrectedOnce() {
    when(registry.sampleForAudit(null, 20)).thenReturn(List.of(LOGIN));
    monthlyAuditIsDue();
    ProcessInstance audit = runningAudit();
    Task verification = task(audit, TASK_VERIFY_CONFIGURATION_ITEM);

    assertThatThrownBy(() -> completeTask(verification, "config", Map.of(VERIFICATION_RESULT, "INACCURATE")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("核查发现：不能为空")
        .hasMessageContaining("至少填写实际版本、实际位置、实际描述中的一项");
    assertThatThrownBy(() -> completeTask(verification, "config",
        Map.of(VERIFICATION_RESULT, "ACCURATE", CORRECTED_VERSION, "2.4.0")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("实际版本：结果为准确时不应填写");
    completeTask(verification, "config",
        Map.of(VERIFICATION_RESULT, "INACCURATE", FINDING, "生产实际为 2.4.0", CORRECTED_VERSION, "2.4.0"));
    runDueJobs();

    String auditKey = audit.getBusinessKey();
    verify(registry).correctAfterAudit(11L, 3, new ItemCorrection("2.4.0", null, null), auditKey, "config",
        "生产实际为 2.4.0");
    assertThat(historicVariable(audit, CONFIGURATION_ACCURACY)).isEqualTo(0.0);
    ConfigurationAuditResult recorded = audits.results(auditKey).get(0);
    assertThat(recorded.accurate()).isFalse();
    assertThat(recorded.correctedVersion()).isEqualTo("2.4.0");

    // a repeated completion of the same verification is recorded once and corrects once
    assertThat(audits.record(recorded)).isFalse();
    assertThat(audits.results(auditKey)).hasSize(1);
    verify(registry).correctAfterAudit(anyLong(), anyInt(), any(), any(), any(), any());
  }

  @Test
  void correctionOfAnItemChangedSinceTheSampleIsRefused() {
    when(registry.sampleForAudit(null, 20)).thenReturn(List.of(LOGIN));
    doThrow(new InvalidInputException("审计纠正有误", List.of(new FieldError("revision", "修订号",
        "配置项在抽样后已变更，请按最新记录核查（抽样时为第 3 版，当前为第 4 版）"))))
        .when(registry).correctAfterAudit(eq(11L), eq(3), any(), any(), any(), any());
    monthlyAuditIsDue();
    ProcessInstance audit = runningAudit();
    Task verification = task(audit, TASK_VERIFY_CONFIGURATION_ITEM);

    assertThatThrownBy(() -> completeTask(verification, "config",
        Map.of(VERIFICATION_RESULT, "INACCURATE", FINDING, "生产实际为 2.4.0", CORRECTED_VERSION, "2.4.0")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("配置项在抽样后已变更，请按最新记录核查");

    assertThat(audit).isWaitingAt(TASK_VERIFY_CONFIGURATION_ITEM);
  }

  @Test
  void auditWithoutItemsEndsAtOnce() {
    when(registry.sampleForAudit(null, 20)).thenReturn(List.of());

    monthlyAuditIsDue();

    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ConfigurationProcess.AUDIT_PROCESS_KEY)
        .count()).isZero();
    assertThat(extension.getProcessEngine().getHistoryService().createHistoricActivityInstanceQuery()
        .activityId(END_EVENT_NOTHING_TO_AUDIT).count()).isEqualTo(1);
  }

  @Test
  void serviceAuditRequestedByMessageVerifiesAllItemsOfTheService() {
    when(registry.sampleForAudit("online-banking", 20)).thenReturn(List.of(LOGIN));

    ProcessInstance audit = runtimeService.createMessageCorrelation(ConfigurationProcess.MESSAGE_AUDIT_REQUESTED)
        .setVariable(SERVICE_ID, "online-banking").correlateStartMessage();
    runDueJobs();

    assertThat(audit.getBusinessKey()).matches("CAU-2026-\\d{6}");
    assertThat(audit).hasPassed(START_EVENT_SERVICE_AUDIT_REQUESTED).isWaitingAt(TASK_VERIFY_CONFIGURATION_ITEM);
    assertThat(variable(audit, SUMMARY)).isEqualTo("配置审计：网上银行系统 全部生产配置项");
    completeTask(task(audit, TASK_VERIFY_CONFIGURATION_ITEM), "config", Map.of(VERIFICATION_RESULT, "ACCURATE"));
    runDueJobs();
    assertThat(audit).isEnded().hasPassed(END_EVENT_CONFIGURATION_AUDIT_COMPLETED);
    verify(registry, never()).sampleForAudit(eq(null), anyInt());

    assertThatThrownBy(() -> runtimeService.createMessageCorrelation(ConfigurationProcess.MESSAGE_AUDIT_REQUESTED)
        .setVariable(SERVICE_ID, "mainframe").correlateStartMessage())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("服务：未找到服务 mainframe");
  }

  // --- steps ---------------------------------------------------------------------------------------

  private static Map<String, Object> registration() {
    Map<String, Object> registration = new HashMap<>();
    registration.put(OPERATION, "REGISTER");
    registration.put(CI_TYPE, "APPLICATION");
    registration.put(NAME, "login-service");
    registration.put(SERVICE_ID, "online-banking");
    registration.put(ENVIRONMENT, "PRODUCTION");
    registration.put(VERSION, "2.3.1");
    registration.put(LOCATION, "app-01");
    registration.put(OWNER, "engineer");
    registration.put(REASON, "新应用上线");
    registration.put(CHANGE_KEY, "CHG-2026-000042");
    registration.put(REQUESTED_BY, "engineer");
    return registration;
  }

  private ProcessInstance request(Map<String, Object> registration) {
    ProcessInstance request = runtimeService.startProcessInstanceByKey(ConfigurationProcess.KEY, registration);
    runDueJobs();
    return request;
  }

  /** The timer start's job, scheduled at deployment, is due on 1 December at 02:00 (Beijing) and runs. */
  private void monthlyAuditIsDue() {
    managementService.setJobDuedate(managementService.createJobQuery().timers()
        .processDefinitionKey(ConfigurationProcess.AUDIT_PROCESS_KEY).singleResult().getId(), beijing("2026-12-01T02:00"));
    at("2026-12-01T02:00");
    runDueJobs();
  }

  private ProcessInstance runningAudit() {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(ConfigurationProcess.AUDIT_PROCESS_KEY)
        .singleResult();
  }

  private void complete(ProcessInstance instance, String taskKey, String user, String group, Map<String, Object> values) {
    Task task = task(instance, taskKey);
    if (task.getAssignee() == null) {
      taskService.claim(task.getId(), user);
    }
    identityService.setAuthentication(user, List.of(group));
    try {
      taskService.complete(task.getId(), values);
    } finally {
      identityService.clearAuthentication();
    }
    runDueJobs();
  }

  private void completeTask(Task task, String user, Map<String, Object> values) {
    if (taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee() == null) {
      taskService.claim(task.getId(), user);
    }
    identityService.setAuthentication(user, List.of("config-managers"));
    try {
      taskService.complete(task.getId(), values);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private Task task(ProcessInstance instance, String taskKey) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult();
  }

  private void runDueJobs() {
    ProcessTests.runDueJobs(managementService);
  }

  private Object variable(ProcessInstance instance, String name) {
    return runtimeService.getVariable(instance.getId(), name);
  }

  private Object historicVariable(ProcessInstance instance, String name) {
    return ProcessTests.historicVariable(extension.getProcessEngine().getHistoryService(), instance, name);
  }
}
