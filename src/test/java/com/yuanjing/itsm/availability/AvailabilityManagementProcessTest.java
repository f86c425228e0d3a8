package com.yuanjing.itsm.availability;

import static com.yuanjing.itsm.availability.AvailabilityProcess.Elements.*;
import static com.yuanjing.itsm.availability.AvailabilityProcess.Variables.*;
import static com.yuanjing.itsm.testsupport.ProcessTests.BEIJING;
import static com.yuanjing.itsm.testsupport.ProcessTests.at;
import static com.yuanjing.itsm.testsupport.ProcessTests.beijing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.yuanjing.itsm.numbering.BusinessKeys;
import com.yuanjing.itsm.servicelevel.ItService;
import com.yuanjing.itsm.servicelevel.ServiceDirectory;
import com.yuanjing.itsm.sla.BusinessCalendar;
import com.yuanjing.itsm.sla.HolidayCalendarLoader;
import com.yuanjing.itsm.testsupport.ProcessTests;
import com.yuanjing.itsm.testsupport.TestProcessEngine;
import com.yuanjing.itsm.validation.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
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
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
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
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Outages on the real model: the outage records are the real table, migrated into the engine's database;
 * the change history (whether maintenance was approved) and problem management are the edge and are mocked.
 */
@Tag("database")
@Deployment(resources = {"processes/availability-management.bpmn", "forms/availability/register-outage.form",
    "forms/availability/confirm-restoration.form", "forms/availability/review-outage.form"})
class AvailabilityManagementProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder(TestProcessEngine.configuration("availability"))
      .assertClassCoverageAtLeast(0.9)
      .build();

  /** Keys and services stay unique across the tests of the class, which share the outage table. */
  private static final AtomicLong NUMBERS = new AtomicLong();
  private static boolean migrated;

  private RuntimeService runtimeService;
  private TaskService taskService;
  private ManagementService managementService;
  private IdentityService identityService;
  private OutageRecords records;
  private OutageReports reports;
  private MaintenanceChanges changes;
  private OutageProblems problems;
  private BusinessCalendar calendar;

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
      for (String group : List.of("ops-engineers", "ops-managers")) {
        // as IdentitySetup grants every task worker: reading the definitions of the tasks they complete
        Authorization read = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        read.setGroupId(group);
        read.setResource(Resources.PROCESS_DEFINITION);
        read.setResourceId(Authorization.ANY);
        read.addPermission(Permissions.READ);
        engine.getAuthorizationService().saveAuthorization(read);
      }
      // as IdentitySetup grants ops-engineers: registering outages by hand
      Authorization start = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      start.setGroupId("ops-engineers");
      start.setResource(Resources.PROCESS_DEFINITION);
      start.setResourceId(AvailabilityProcess.KEY);
      start.addPermission(ProcessDefinitionPermissions.CREATE_INSTANCE);
      engine.getAuthorizationService().saveAuthorization(start);
      Authorization create = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      create.setGroupId("ops-engineers");
      create.setResource(Resources.PROCESS_INSTANCE);
      create.setResourceId(Authorization.ANY);
      create.addPermission(Permissions.CREATE);
      engine.getAuthorizationService().saveAuthorization(create);
      Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").table("itsm_schema_history")
          .baselineOnMigrate(true).baselineVersion("0").load().migrate();
      migrated = true;
    }
    try (InputStream holidays = getClass().getResourceAsStream("/calendar/china-holidays.yaml")) {
      calendar = new BusinessCalendar(BEIJING, LocalTime.of(9, 0), LocalTime.of(18, 0),
          HolidayCalendarLoader.load(holidays, "china-holidays.yaml"));
    }
    ServiceDirectory services = ServiceDirectory.of(List.of(new ItService("online-banking", "网上银行系统", "GOLD"),
        new ItService("core-accounting", "核心账务系统", "GOLD")));
    BusinessKeys businessKeys = prefix -> BusinessKeys.format(prefix, 2026, NUMBERS.incrementAndGet());
    records = new OutageRecords(new JdbcTemplate(joiningEngineCommands(dataSource)), services);
    reports = new OutageReports(engine);
    changes = mock(MaintenanceChanges.class);
    problems = mock(OutageProblems.class);
    OutageRegistration registration = new OutageRegistration(services, businessKeys, problems, changes, reports,
        calendar);

    Mocks.register("registerOutageListener", new RegisterOutageListener(registration));
    Mocks.register("recordOutageDelegate", new RecordOutageDelegate(records));
    Mocks.register("validateOutageTaskListener", new ValidateOutageTaskListener(registration));
    Mocks.register("recordRestorationDelegate", new RecordRestorationDelegate(records));
    Mocks.register("checkMaintenanceChangeDelegate", new CheckMaintenanceChangeDelegate(changes, records));
    Mocks.register("recordOutageReviewDelegate", new RecordOutageReviewDelegate(records));
    Mocks.register("raiseOutageProblemDelegate", new RaiseOutageProblemDelegate(problems, records));
    at("2026-11-30T10:00");
  }

  @AfterEach
  void reset() {
    // ongoing outages of one test must not be joined by the next one
    runtimeService.createProcessInstanceQuery().processDefinitionKey(AvailabilityProcess.KEY).list()
        .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test finished"));
    identityService.clearAuthentication();
    ClockUtil.reset();
    Mocks.reset();
  }

  @Test
  void outageOfAnIncidentIsRecordedRestoredWithTheIncidentAndReviewed() {
    OutageReports.Reported reported = reports.report(new OutageReports.Report("online-banking",
        beijing("2026-11-30T09:40").toInstant(), "事件 INC-2026-000101：网上银行无法登录", OutageSource.INCIDENT,
        "INC-2026-000101", "engineer"));

    assertThat(reported.joined()).isFalse();
    assertThat(reported.outageKey()).matches("OUT-2026-\\d{6}");
    ProcessInstance outage = outage(reported.outageKey());
    assertThat(outage).isWaitingAt(START_EVENT_OUTAGE_REPORTED); // the save point after the report
    runDueJobs();
    assertThat(outage).isWaitingAt(TASK_CONFIRM_RESTORATION);
    assertThat(task(outage, TASK_CONFIRM_RESTORATION)).hasCandidateGroup("ops-engineers");
    Outage open = records.find((Long) variable(outage, OUTAGE_ID)).orElseThrow();
    assertThat(open.serviceId()).isEqualTo("online-banking");
    assertThat(open.startedAt()).isEqualTo(beijing("2026-11-30T09:40").toInstant());
    assertThat(open.endedAt()).isNull();
    assertThat(open.source()).isEqualTo(OutageSource.INCIDENT);
    assertThat(open.sourceKey()).isEqualTo("INC-2026-000101");
    assertThat(open.recordedBy()).isEqualTo("engineer");
    assertThat(open.planned()).isFalse();
    assertThat(open.outageKey()).isEqualTo(reported.outageKey());

    at("2026-11-30T11:00");
    reports.restored(OutageSource.INCIDENT, "INC-2026-000101", beijing("2026-11-30T10:55").toInstant());
    runDueJobs();

    assertThat(outage).hasPassed(BOUNDARY_EVENT_SERVICE_RESTORED, TASK_RECORD_RESTORATION)
        .hasNotPassed(TASK_CHECK_MAINTENANCE_CHANGE).isWaitingAt(TASK_REVIEW_OUTAGE);
    assertThat(task(outage, TASK_REVIEW_OUTAGE)).hasCandidateGroup("ops-managers");
    assertThat(records.find(open.id()).orElseThrow().endedAt()).isEqualTo(beijing("2026-11-30T10:55").toInstant());
    assertThat(variable(outage, OUTAGE_STATE)).isEqualTo(AvailabilityProcess.OutageState.RESTORED);

    complete(outage, TASK_REVIEW_OUTAGE, "manager", "ops-managers",
        Map.of(ROOT_CAUSE, "负载均衡配置错误", PROBLEM_DECISION, "NONE"));

    assertThat(outage).isEnded().hasPassed(TASK_RECORD_REVIEW, END_EVENT_OUTAGE_REVIEWED);
    Outage reviewed = records.find(open.id()).orElseThrow();
    assertThat(reviewed.rootCause()).isEqualTo("负载均衡配置错误");
    assertThat(reviewed.problemKey()).isNull();
    verify(problems, never()).raise(any());
  }

  @Test
  void aSecondReportOfTheServiceJoinsTheOngoingOutageAndOnlyTheFirstRestoresIt() {
    OutageReports.Reported first = reports.report(new OutageReports.Report("core-accounting",
        beijing("2026-11-30T09:00").toInstant(), "监控告警 ServiceDown（告警 7）", OutageSource.ALERT, "7",
        AvailabilityProcess.ALERT_RECORDER));
    runDueJobs();
    OutageReports.Reported second = reports.report(new OutageReports.Report("core-accounting",
        beijing("2026-11-30T09:20").toInstant(), "事件 INC-2026-000102：记账失败", OutageSource.INCIDENT,
        "INC-2026-000102", "engineer"));
    OutageReports.Reported third = reports.report(new OutageReports.Report("core-accounting",
        beijing("2026-11-30T09:30").toInstant(), "事件 INC-2026-000103：对账失败", OutageSource.INCIDENT,
        "INC-2026-000103", "engineer"));

    assertThat(second).isEqualTo(new OutageReports.Reported(first.outageKey(), true));
    assertThat(third.outageKey()).isEqualTo(first.outageKey());
    ProcessInstance outage = outage(first.outageKey());
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(AvailabilityProcess.KEY)
        .variableValueEquals(SERVICE_ID, "core-accounting").count()).isEqualTo(1);
    assertThat(variable(outage, JOINED_REPORTS)).isEqualTo("INC-2026-000102, INC-2026-000103");

    reports.restored(OutageSource.INCIDENT, "INC-2026-000102", beijing("2026-11-30T09:50").toInstant());
    assertThat(outage).isWaitingAt(TASK_CONFIRM_RESTORATION);

    reports.restored(OutageSource.ALERT, "7", beijing("2026-11-30T09:45").toInstant());
    runDueJobs();
    assertThat(outage).isWaitingAt(TASK_REVIEW_OUTAGE);
    Outage restored = records.find((Long) variable(outage, OUTAGE_ID)).orElseThrow();
    assertThat(restored.endedAt()).isEqualTo(beijing("2026-11-30T09:45").toInstant());
    assertThat(restored.source()).isEqualTo(OutageSource.ALERT);
    assertThat(restored.recordedBy()).isEqualTo(AvailabilityProcess.ALERT_RECORDER);

    // once restored, a new report opens a new outage
    OutageReports.Reported later = reports.report(new OutageReports.Report("core-accounting",
        beijing("2026-11-30T09:58").toInstant(), "监控告警 ServiceDown（告警 8）", OutageSource.ALERT, "8",
        AvailabilityProcess.ALERT_RECORDER));
    assertThat(later.joined()).isFalse();
    assertThat(later.outageKey()).isNotEqualTo(first.outageKey());
  }

  @Test
  void engineersConfirmTheRestorationByHandNeitherBeforeTheStartNorInTheFuture() {
    ProcessInstance outage = outage(reports.report(new OutageReports.Report("online-banking",
        beijing("2026-11-30T08:00").toInstant(), "机房断电", OutageSource.INCIDENT, "INC-2026-000104", "engineer"))
        .outageKey());
    runDueJobs();

    assertThatThrownBy(() -> complete(outage, TASK_CONFIRM_RESTORATION, "engineer", "ops-engineers",
        Map.of(RESTORED_AT, "2026-11-30T07:30+08:00")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("恢复时间：不能早于中断开始时间");
    assertThatThrownBy(() -> complete(outage, TASK_CONFIRM_RESTORATION, "engineer", "ops-engineers",
        Map.of(RESTORED_AT, "2026-11-30T12:00+08:00")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("恢复时间：不能晚于当前时间");
    assertThatThrownBy(() -> complete(outage, TASK_CONFIRM_RESTORATION, "engineer", "ops-engineers",
        Map.of(RESTORED_AT, "今天上午")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("恢复时间：不是有效的时间");
    assertThat(outage).isWaitingAt(TASK_CONFIRM_RESTORATION);

    complete(outage, TASK_CONFIRM_RESTORATION, "engineer", "ops-engineers",
        Map.of(RESTORED_AT, "2026-11-30T09:30+08:00"));

    assertThat(outage).hasPassed(TASK_CONFIRM_RESTORATION).hasNotPassed(BOUNDARY_EVENT_SERVICE_RESTORED)
        .isWaitingAt(TASK_REVIEW_OUTAGE);
    assertThat(records.find((Long) variable(outage, OUTAGE_ID)).orElseThrow().endedAt())
        .isEqualTo(Instant.parse("2026-11-30T01:30:00Z"));
  }

  @Test
  void aRestorationReportedBeforeTheOutageIsRecordedSkipsTheWait() {
    ProcessInstance outage = outage(reports.report(new OutageReports.Report("online-banking",
        beijing("2026-11-30T09:00").toInstant(), "监控告警 ProbeFailed（告警 9）", OutageSource.ALERT, "9",
        AvailabilityProcess.ALERT_RECORDER)).outageKey());

    // the alert resolves before the job executor recorded the outage; an end before the start is the start
    reports.restored(OutageSource.ALERT, "9", beijing("2026-11-30T08:59").toInstant());
    runDueJobs();

    assertThat(outage).hasPassed(GATEWAY_ALREADY_RESTORED, TASK_RECORD_RESTORATION)
        .hasNotPassed(TASK_CONFIRM_RESTORATION).isWaitingAt(TASK_REVIEW_OUTAGE);
    Outage restored = records.find((Long) variable(outage, OUTAGE_ID)).orElseThrow();
    assertThat(restored.endedAt()).isEqualTo(restored.startedAt());
  }

  @Test
  void plannedMaintenanceInsideItsApprovedChangeIsConfirmedWithoutReview() {
    when(changes.check(eq("CHG-2026-000042"), eq("online-banking"), any(), any()))
        .thenReturn(new MaintenanceChanges.Verdict(true, List.of()));

    ProcessInstance outage = register(maintenance("2026-11-29T22:00+08:00", "2026-11-29T23:30+08:00"));

    assertThat(outage.getBusinessKey()).matches("OUT-2026-\\d{6}");
    assertThat(variable(outage, REPORTED_BY)).isEqualTo("engineer");
    runDueJobs();

    assertThat(outage).isEnded().hasPassed(START_EVENT_OUTAGE_REGISTERED, TASK_RECORD_OUTAGE,
        TASK_RECORD_RESTORATION, TASK_CHECK_MAINTENANCE_CHANGE, END_EVENT_PLANNED_MAINTENANCE_CONFIRMED)
        .hasNotPassed(TASK_CONFIRM_RESTORATION, TASK_REVIEW_OUTAGE);
    verify(changes).check("CHG-2026-000042", "online-banking", Instant.parse("2026-11-29T14:00:00Z"),
        Instant.parse("2026-11-29T15:30:00Z"));
    verify(changes).registrationProblems("CHG-2026-000042", "online-banking");
    Outage recorded = records.find((Long) historicVariable(outage, OUTAGE_ID)).orElseThrow();
    assertThat(recorded.planned()).isTrue();
    assertThat(recorded.plannedFrom()).isEqualTo(Instant.parse("2026-11-29T14:00:00Z"));
    assertThat(recorded.plannedTo()).isEqualTo(Instant.parse("2026-11-29T15:30:00Z"));
    assertThat(recorded.changeKey()).isEqualTo("CHG-2026-000042");
    assertThat(recorded.source()).isEqualTo(OutageSource.MANUAL);
    assertThat(recorded.recordedBy()).isEqualTo("engineer");
    assertThat(recorded.endedAt()).isEqualTo(Instant.parse("2026-11-29T15:30:00Z"));
  }

  @Test
  void plannedMaintenanceItsChangeDoesNotCoverCountsAsUnplannedAndIsReviewedWithAnExistingProblem() {
    when(changes.check(any(), any(), any(), any()))
        .thenReturn(new MaintenanceChanges.Verdict(false, List.of("变更 CHG-2026-000042 未获批准")));
    when(problems.exists("PRB-2026-000005")).thenReturn(true);

    ProcessInstance outage = register(maintenance("2026-11-29T22:00+08:00", null));
    runDueJobs();
    complete(outage, TASK_CONFIRM_RESTORATION, "engineer", "ops-engineers",
        Map.of(RESTORED_AT, "2026-11-30T01:10+08:00"));

    assertThat(outage).hasPassed(TASK_CHECK_MAINTENANCE_CHANGE).isWaitingAt(TASK_REVIEW_OUTAGE);
    assertThat(variable(outage, PLANNED_CONFIRMED)).isEqualTo(false);
    assertThat(variable(outage, PLANNED_CHECK_RESULT))
        .isEqualTo("按计划外中断计入：变更 CHG-2026-000042 未获批准");
    long id = (Long) variable(outage, OUTAGE_ID);
    assertThat(records.find(id).orElseThrow().planned()).isFalse();
    assertThat(records.find(id).orElseThrow().plannedFrom()).isNull();

    assertThatThrownBy(() -> complete(outage, TASK_REVIEW_OUTAGE, "manager", "ops-managers",
        Map.of(ROOT_CAUSE, "升级脚本超时", PROBLEM_DECISION, "LINK", PROBLEM_KEY, "PRB-2026-000009")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("问题单号：问题“PRB-2026-000009”不存在");
    assertThatThrownBy(() -> complete(outage, TASK_REVIEW_OUTAGE, "manager", "ops-managers",
        Map.of(ROOT_CAUSE, "升级脚本超时", PROBLEM_DECISION, "LINK", PROBLEM_KEY, "问题5")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("问题单号：应为问题单号");
    assertThatThrownBy(() -> complete(outage, TASK_REVIEW_OUTAGE, "manager", "ops-managers",
        Map.of(PROBLEM_DECISION, "LATER")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("根本原因：不能为空")
        .hasMessageContaining("问题管理：取值“LATER”无效");

    complete(outage, TASK_REVIEW_OUTAGE, "manager", "ops-managers",
        Map.of(ROOT_CAUSE, "升级脚本超时", PROBLEM_DECISION, "LINK", PROBLEM_KEY, " PRB-2026-000005 "));

    assertThat(outage).isEnded().hasPassed(END_EVENT_PROBLEM_LINKED).hasNotPassed(TASK_RAISE_PROBLEM);
    assertThat(records.find(id).orElseThrow().problemKey()).isEqualTo("PRB-2026-000005");
    verify(problems, never()).raise(any());
  }

  @Test
  void theReviewRaisesANewProblemThroughProblemManagement() {
    when(problems.raise(any())).thenReturn("PRB-2026-000011");
    ProcessInstance outage = outage(reports.report(new OutageReports.Report("online-banking",
        beijing("2026-11-30T08:00").toInstant(), "事件 INC-2026-000106：转账失败", OutageSource.INCIDENT,
        "INC-2026-000106", "engineer")).outageKey());
    runDueJobs();
    reports.restored(OutageSource.INCIDENT, "INC-2026-000106", beijing("2026-11-30T09:00").toInstant());
    runDueJobs();

    assertThatThrownBy(() -> complete(outage, TASK_REVIEW_OUTAGE, "manager", "ops-managers",
        Map.of(ROOT_CAUSE, "数据库死锁", PROBLEM_DECISION, "RAISE")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("问题分类：不能为空");
    complete(outage, TASK_REVIEW_OUTAGE, "manager", "ops-managers",
        Map.of(ROOT_CAUSE, "数据库死锁", PROBLEM_DECISION, "RAISE", PROBLEM_CATEGORY, "DATABASE",
            PROBLEM_KEY, "PRB-2026-000001"));

    assertThat(outage).isEnded().hasPassed(TASK_RECORD_REVIEW, TASK_RAISE_PROBLEM, END_EVENT_PROBLEM_RAISED);
    verify(problems).raise(new OutageProblems.OutageProblem(outage.getBusinessKey(), "online-banking", "DATABASE",
        "事件 INC-2026-000106：转账失败", "数据库死锁", "INC-2026-000106"));
    assertThat(historicVariable(outage, PROBLEM_KEY)).isEqualTo("PRB-2026-000011");
    Outage reviewed = records.find((Long) historicVariable(outage, OUTAGE_ID)).orElseThrow();
    assertThat(reviewed.problemKey()).isEqualTo("PRB-2026-000011");
    assertThat(reviewed.rootCause()).isEqualTo("数据库死锁");
  }

  @Test
  void anInvalidRegistrationIsRefusedAtTheStartAndNothingIsCreated() {
    Map<String, Object> bad = new HashMap<>();
    bad.put(SERVICE_ID, "payroll");
    bad.put(STARTED_AT, "2026-11-30T12:00+08:00");
    bad.put(PLANNED, true);
    bad.put(RESTORED_AT, "yesterday");

    assertThatThrownBy(() -> register(bad)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("服务：取值“payroll”无效").hasMessageContaining("中断原因：不能为空")
        .hasMessageContaining("中断开始时间：不能晚于当前时间").hasMessageContaining("恢复时间：不是有效的时间")
        .hasMessageContaining("变更单号：计划内维护必须填写批准其窗口的变更单号");

    Map<String, Object> ended = maintenance("2026-11-29T22:00+08:00", "2026-11-29T21:00+08:00");
    ended.put(CHANGE_KEY, "42");
    assertThatThrownBy(() -> register(ended)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("恢复时间：不能早于中断开始时间").hasMessageContaining("变更单号：应为变更单号");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(AvailabilityProcess.KEY).count())
        .isZero();
  }

  @Test
  void plannedMaintenanceThatOverranItsChangeWindowCountsOutsideTheWindowAndIsReviewed() {
    when(changes.check(any(), any(), any(), any())).thenReturn(new MaintenanceChanges.Verdict(false,
        List.of("服务恢复晚于变更计划结束时间 2026-11-29 23:00"), Instant.parse("2026-11-29T14:00:00Z"),
        Instant.parse("2026-11-29T15:00:00Z")));

    ProcessInstance outage = register(maintenance("2026-11-29T22:00+08:00", "2026-11-30T01:00+08:00"));
    runDueJobs();

    assertThat(outage).hasPassed(TASK_CHECK_MAINTENANCE_CHANGE).isWaitingAt(TASK_REVIEW_OUTAGE);
    assertThat(variable(outage, PLANNED_CONFIRMED)).isEqualTo(false);
    assertThat(variable(outage, PLANNED_CHECK_RESULT))
        .isEqualTo("超出变更窗口的部分按计划外中断计入：服务恢复晚于变更计划结束时间 2026-11-29 23:00");
    Outage recorded = records.find((Long) variable(outage, OUTAGE_ID)).orElseThrow();
    assertThat(recorded.planned()).isTrue();
    assertThat(recorded.plannedFrom()).isEqualTo(Instant.parse("2026-11-29T14:00:00Z"));
    assertThat(recorded.plannedTo()).isEqualTo(Instant.parse("2026-11-29T15:00:00Z"));
    // 22:00-23:00 confirmed planned; 23:00-01:00 counts, and the outage is an interruption
    AvailabilityCalculator.Figures figures = new AvailabilityCalculator(calendar).calculate(
        com.yuanjing.itsm.sla.SupportHours.ALWAYS, beijing("2026-11-01T00:00").toInstant(),
        beijing("2026-12-01T00:00").toInstant(), List.of(recorded.interval()), beijing("2026-11-30T10:00").toInstant());
    assertThat(figures.unavailableTime()).isEqualTo(java.time.Duration.ofHours(2));
    assertThat(figures.outageCount()).isEqualTo(1);
  }

  @Test
  void aPlannedRegistrationNeedsAnApprovedChangeOfTheSameService() {
    when(changes.registrationProblems("CHG-2026-000042", "online-banking"))
        .thenReturn(List.of("变更 CHG-2026-000042 未获批准", "变更 CHG-2026-000042 涉及的服务不是本次中断的服务"));

    assertThatThrownBy(() -> register(maintenance("2026-11-29T22:00+08:00", "2026-11-29T23:30+08:00")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("变更单号：变更 CHG-2026-000042 未获批准；变更 CHG-2026-000042 涉及的服务不是本次中断的服务");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(AvailabilityProcess.KEY).count())
        .isZero();
  }

  @Test
  void aRegistrationByHandAcceptsOnlyTheFieldsOfItsForm() {
    long someoneElses = records.open("core-accounting", beijing("2026-11-30T06:00").toInstant(), "他人的中断", false,
        null, OutageSource.MANUAL, null, "other");
    Map<String, Object> smuggled = maintenance("2026-11-30T08:00+08:00", null);
    smuggled.put(PLANNED, false);
    smuggled.put(CHANGE_KEY, null);
    smuggled.put(OUTAGE_ID, someoneElses);
    smuggled.put(SOURCE, "INCIDENT");
    smuggled.put(SOURCE_KEY, "INC-2026-000999");
    smuggled.put(OUTAGE_STATE, AvailabilityProcess.OutageState.RESTORED);
    smuggled.put(JOINED_REPORTS, "INC-2026-000998");

    assertThatThrownBy(() -> register(smuggled)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("outageId：未知字段").hasMessageContaining("source：未知字段")
        .hasMessageContaining("sourceKey：未知字段").hasMessageContaining("outageState：未知字段")
        .hasMessageContaining("joinedReports：未知字段");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(AvailabilityProcess.KEY).count())
        .isZero();

    // the initiator is the signed-in user, whatever the form sends
    Map<String, Object> registered = maintenance("2026-11-30T08:00+08:00", null);
    registered.put(PLANNED, false);
    registered.put(CHANGE_KEY, null);
    registered.put(REPORTED_BY, "someone-else");
    ProcessInstance outage = register(registered);
    runDueJobs();
    Outage recorded = records.find((Long) variable(outage, OUTAGE_ID)).orElseThrow();
    assertThat(recorded.id()).isNotEqualTo(someoneElses);
    assertThat(recorded.recordedBy()).isEqualTo("engineer");
    assertThat(recorded.source()).isEqualTo(OutageSource.MANUAL);
    assertThat(recorded.sourceKey()).isNull();
  }

  @Test
  void aReportKeepsOnlyItsOwnKeysAndTheRecordIsFoundByTheOutageKey() {
    long someoneElses = records.open("core-accounting", beijing("2026-11-30T06:00").toInstant(), "他人的中断", false,
        null, OutageSource.MANUAL, null, "other");
    Map<String, Object> report = new HashMap<>();
    report.put(SERVICE_ID, "online-banking");
    report.put(STARTED_AT, java.util.Date.from(beijing("2026-11-30T09:00").toInstant()));
    report.put(CAUSE, "事件 INC-2026-000107：无法转账");
    report.put(PLANNED, false);
    report.put(SOURCE, OutageSource.INCIDENT.name());
    report.put(SOURCE_KEY, "INC-2026-000107");
    report.put(REPORTED_BY, "engineer");
    report.put(OUTAGE_ID, someoneElses);
    report.put(OUTAGE_STATE, AvailabilityProcess.OutageState.RESTORED);
    report.put(RESTORED_AT, java.util.Date.from(beijing("2026-11-30T09:05").toInstant()));
    ProcessInstance outage = runtimeService.createMessageCorrelation(
        AvailabilityProcess.MESSAGE_SERVICE_OUTAGE_REPORTED).setVariables(report).correlateStartMessage();

    assertThat(variable(outage, OUTAGE_ID)).isNull();
    assertThat(variable(outage, OUTAGE_STATE)).isEqualTo(AvailabilityProcess.OutageState.ONGOING);
    assertThat(variable(outage, RESTORED_AT)).isNull();
    // a retried job finds the record this outage already opened instead of opening a second one
    long opened = records.open("online-banking", beijing("2026-11-30T09:00").toInstant(), "事件 INC-2026-000107：无法转账",
        false, null, OutageSource.INCIDENT, "INC-2026-000107", "engineer", outage.getBusinessKey());
    runDueJobs();

    assertThat(outage).isWaitingAt(TASK_CONFIRM_RESTORATION);
    assertThat(variable(outage, OUTAGE_ID)).isEqualTo(opened);
    assertThat(records.find(someoneElses).orElseThrow().endedAt()).isNull();
  }

  @Test
  void anUnplannedRegistrationOfAServiceWithAnOngoingOutageIsRefused() {
    String ongoing = reports.report(new OutageReports.Report("online-banking", beijing("2026-11-30T09:00").toInstant(),
        "事件 INC-2026-000108：无法登录", OutageSource.INCIDENT, "INC-2026-000108", "engineer")).outageKey();
    runDueJobs();
    Map<String, Object> again = maintenance("2026-11-30T09:10+08:00", null);
    again.put(PLANNED, false);
    again.put(CHANGE_KEY, null);

    assertThatThrownBy(() -> register(again)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("服务：服务“网上银行系统”已有进行中的服务中断 " + ongoing);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(AvailabilityProcess.KEY)
        .variableValueEquals(SERVICE_ID, "online-banking").count()).isEqualTo(1);

    // an outage already over before the ongoing one began is another interruption
    Map<String, Object> earlier = maintenance("2026-11-30T07:00+08:00", "2026-11-30T07:30+08:00");
    earlier.put(PLANNED, false);
    earlier.put(CHANGE_KEY, null);
    assertThat(register(earlier).getBusinessKey()).isNotEqualTo(ongoing);
  }

  @Test
  void aLateReportDoesNotOverwriteTheRestorationAnEngineerConfirmed() {
    ProcessInstance outage = outage(reports.report(new OutageReports.Report("online-banking",
        beijing("2026-11-30T08:00").toInstant(), "事件 INC-2026-000109：页面报错", OutageSource.INCIDENT,
        "INC-2026-000109", "engineer")).outageKey());
    runDueJobs();
    Task confirm = task(outage, TASK_CONFIRM_RESTORATION);
    taskService.claim(confirm.getId(), "engineer");
    identityService.setAuthentication("engineer", List.of("ops-engineers"));
    try {
      taskService.complete(confirm.getId(), Map.of(RESTORED_AT, "2026-11-30T09:30+08:00"));
    } finally {
      identityService.clearAuthentication();
    }

    // the incident is resolved later, before the restoration was recorded
    reports.restored(OutageSource.INCIDENT, "INC-2026-000109", beijing("2026-11-30T09:55").toInstant());
    runDueJobs();

    assertThat(outage).isWaitingAt(TASK_REVIEW_OUTAGE);
    assertThat(records.find((Long) variable(outage, OUTAGE_ID)).orElseThrow().endedAt())
        .isEqualTo(beijing("2026-11-30T09:30").toInstant());
  }

  private static Map<String, Object> maintenance(String start, String end) {
    Map<String, Object> values = new HashMap<>();
    values.put(SERVICE_ID, "online-banking");
    values.put(STARTED_AT, start);
    values.put(RESTORED_AT, end);
    values.put(CAUSE, "数据库版本升级");
    values.put(PLANNED, true);
    values.put(CHANGE_KEY, "CHG-2026-000042");
    return values;
  }

  /** The start form, submitted by an engineer. */
  private ProcessInstance register(Map<String, Object> values) {
    identityService.setAuthentication("engineer", List.of("ops-engineers"));
    try {
      return runtimeService.startProcessInstanceByKey(AvailabilityProcess.KEY, values);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private ProcessInstance outage(String businessKey) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(AvailabilityProcess.KEY)
        .processInstanceBusinessKey(businessKey).singleResult();
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

  /**
   * The engine's connection inside an engine command (a delegate), so that the records commit and roll back
   * with the engine's transaction as they do in the application; a plain connection outside.
   */
  private static DataSource joiningEngineCommands(DataSource plain) {
    return new org.springframework.jdbc.datasource.DelegatingDataSource(plain) {
      @Override
      public java.sql.Connection getConnection() throws java.sql.SQLException {
        org.camunda.bpm.engine.impl.interceptor.CommandContext command =
            org.camunda.bpm.engine.impl.context.Context.getCommandContext();
        if (command == null) {
          return super.getConnection();
        }
        java.sql.Connection connection = command.getDbSqlSession().getSqlSession().getConnection();
        return (java.sql.Connection) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {java.sql.Connection.class}, (proxy, method, args) -> {
              if (method.getName().equals("close")) {
                return null; // the engine closes its connection
              }
              try {
                return method.invoke(connection, args);
              } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
              }
            });
      }
    };
  }
}
