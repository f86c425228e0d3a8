package com.yuanjing.itsm.continuity;

import static com.yuanjing.itsm.continuity.ContinuityDrillProcess.Elements.*;
import static com.yuanjing.itsm.continuity.ContinuityDrillProcess.Variables.*;
import static com.yuanjing.itsm.continuity.ContinuityFixture.SERVICES;
import static com.yuanjing.itsm.continuity.ContinuityFixture.plan;
import static com.yuanjing.itsm.testsupport.ProcessTests.BEIJING;
import static com.yuanjing.itsm.testsupport.ProcessTests.at;
import static com.yuanjing.itsm.testsupport.ProcessTests.beijing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.yuanjing.itsm.change.PlannedTimes;
import com.yuanjing.itsm.identity.ItsmGroup;
import com.yuanjing.itsm.notification.NotificationService;
import com.yuanjing.itsm.numbering.BusinessKeys;
import com.yuanjing.itsm.sla.BusinessCalendarProperties;
import com.yuanjing.itsm.testsupport.ProcessTests;
import com.yuanjing.itsm.testsupport.TestProcessEngine;
import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
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
 * Continuity drills on the real model: planned, held on the planned date, passed or failed against the plan in
 * force, improvement actions for a failed drill, the half-yearly schedule and the drill after a major change.
 * Results are kept in the suite's tables on a database of the selected kind.
 */
@Tag("database")
@Deployment(resources = {"processes/continuity-drill.bpmn", "forms/continuity/plan-drill.form",
    "forms/continuity/execute-drill.form", "forms/continuity/plan-drill-improvements.form"})
class ContinuityDrillProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder(TestProcessEngine.configuration("continuity"))
      .assertClassCoverageAtLeast(0.9)
      .build();

  private static final Map<String, ItsmGroup> USERS = Map.of("manager", ItsmGroup.OPS_MANAGERS,
      "engineer", ItsmGroup.OPS_ENGINEERS);
  /** Monday 2026-11-30 10:00; the drill is planned for Saturday 2026-12-12 09:00. */
  private static final String NOW = "2026-11-30T10:00";
  private static final String DRILL_AT = "2026-12-12T09:00";

  private ProcessEngine engine;
  private RuntimeService runtimeService;
  private TaskService taskService;
  private HistoryService historyService;
  private IdentityService identityService;
  private ManagementService managementService;
  private ContinuityPlans plans;
  private ContinuityDrills drills;
  private NotificationService notifications;
  private final AtomicLong numbers = new AtomicLong();
  private final AtomicBoolean refuseNextKey = new AtomicBoolean();

  @BeforeEach
  void wireDelegates() {
    engine = extension.getProcessEngine();
    BpmnAwareTests.init(engine);
    runtimeService = engine.getRuntimeService();
    taskService = engine.getTaskService();
    historyService = engine.getHistoryService();
    identityService = engine.getIdentityService();
    managementService = engine.getManagementService();
    USERS.forEach(this::ensureUser);

    var jdbc = ContinuityFixture.migratedDatabase("continuity_drill");
    PlannedTimes times = new PlannedTimes(
        new BusinessCalendarProperties(BEIJING, LocalTime.of(9, 0), LocalTime.of(18, 0), "unused"));
    BusinessKeys businessKeys = prefix -> {
      if (refuseNextKey.getAndSet(false)) {
        throw new IllegalStateException("编号已用尽");
      }
      return BusinessKeys.format(prefix, 2026, numbers.incrementAndGet());
    };
    plans = new ContinuityPlans(jdbc, SERVICES);
    drills = new ContinuityDrills(jdbc, plans, SERVICES, businessKeys, historyService);
    notifications = new NotificationService(taskService);
    Mocks.register("registerDrillListener", new RegisterDrillListener(drills));
    Mocks.register("validateDrillTaskListener",
        new ValidateDrillTaskListener(new DrillTaskFormValidator(times), times, plans));
    Mocks.register("recordDrillResultDelegate", new RecordDrillResultDelegate(drills));
    Mocks.register("recordImprovementsDelegate", new RecordImprovementsDelegate(drills));
    Mocks.register("scheduleContinuityDrillsDelegate", new ScheduleContinuityDrillsDelegate(drills, notifications));
    Mocks.register("reportMissingPlansDelegate", new ReportMissingPlansDelegate(notifications));
    Mocks.register("continuityDrillSchedule", new ContinuityDrillSchedule(ContinuityDrillSchedule.DEFAULT_CRON));
    at(NOW);
    plans.save("online-banking", plan(60, 15), "manager");
  }

  @AfterEach
  void reset() {
    // notices outlive the deployment
    taskService.createTaskQuery().taskNameLike("【%").list().forEach(notice -> taskService.deleteTask(notice.getId(), true));
    identityService.clearAuthentication();
    ClockUtil.reset();
    Mocks.reset();
  }

  @Test
  void drillIsPlannedHeldOnItsDateAndPassesWithinTheTargetsOfThePlan() {
    ProcessInstance drill = request("online-banking", "年度灾备切换演练");

    assertThat(drill.getBusinessKey()).matches("DRL-2026-\\d{6}");
    assertThat(variable(drill, DRILL_NUMBER)).isEqualTo(drill.getBusinessKey());
    assertThat(variable(drill, SERVICE_NAME)).isEqualTo("网上银行系统");
    assertThat(variable(drill, REQUESTED_BY)).isEqualTo("manager");
    assertThat(variable(drill, PLAN_VERSION)).isEqualTo(1);
    assertThat(drill).isWaitingAt(TASK_PLAN_DRILL);
    assertThat(task(drill, TASK_PLAN_DRILL)).hasCandidateGroup("ops-managers");
    planDrill(drill);

    assertThat(drill).isWaitingAt(EVENT_DRILL_DATE_REACHED);
    at("2026-12-12T08:59");
    runDueJobs();
    assertThat(drill).isWaitingAt(EVENT_DRILL_DATE_REACHED);
    at(DRILL_AT);
    runDueJobs();
    assertThat(drill).isWaitingAt(TASK_EXECUTE_DRILL);
    assertThat(task(drill, TASK_EXECUTE_DRILL)).hasCandidateGroup("ops-engineers");

    at("2026-12-12T12:00");
    complete(drill, TASK_EXECUTE_DRILL, "engineer", execution(45, 15, false, "备库切换脚本需人工确认一次"));

    assertThat(drill).isEnded().hasPassed(TASK_RECORD_DRILL_RESULT, END_EVENT_DRILL_PASSED)
        .hasNotPassed(TASK_PLAN_IMPROVEMENTS, END_EVENT_DRILL_FAILED);
    assertThat(historicVariable(drill, DRILL_PASSED)).isEqualTo(true);
    DrillResult result = drills.find(drill.getBusinessKey()).orElseThrow();
    assertThat(result.serviceId()).isEqualTo("online-banking");
    assertThat(result.planVersion()).isEqualTo(1);
    assertThat(result.trigger()).isEqualTo(DrillTrigger.REQUESTED);
    assertThat(result.reason()).isEqualTo("年度灾备切换演练");
    assertThat(result.scenario()).isEqualTo("主数据库宕机，切换至同城灾备");
    assertThat(result.plannedAt()).isEqualTo(beijing(DRILL_AT).toInstant());
    assertThat(result.startedAt()).isEqualTo(beijing("2026-12-12T09:00").toInstant());
    assertThat(result.endedAt()).isEqualTo(beijing("2026-12-12T11:00").toInstant());
    assertThat(List.of(result.rtoTargetMinutes(), result.rpoTargetMinutes(), result.rtoAchievedMinutes(),
        result.rpoAchievedMinutes())).containsExactly(60, 15, 45, 15);
    assertThat(result.passed()).isTrue();
    assertThat(result.findings()).isEqualTo("备库切换脚本需人工确认一次");
    assertThat(result.executedBy()).isEqualTo("engineer");
    assertThat(result.actions()).isEmpty();
    assertThat(drills.results("online-banking", 2026)).extracting(DrillResult::drillKey)
        .containsExactly(drill.getBusinessKey());
    assertThat(drills.results("online-banking", 2027)).isEmpty();
  }

  @Test
  void drillThatMissesTheRtoFailsAndNeedsImprovementActionsWithOwnersAndLaterDueDates() {
    ProcessInstance drill = plannedAndDue();
    complete(drill, TASK_EXECUTE_DRILL, "engineer", execution(75, 10, false, "切换脚本超时"));

    assertThat(drill).isWaitingAt(TASK_PLAN_IMPROVEMENTS);
    assertThat(task(drill, TASK_PLAN_IMPROVEMENTS)).hasCandidateGroup("ops-managers");
    assertThat(historicVariable(drill, DRILL_PASSED)).isEqualTo(false);
    assertThat(drills.find(drill.getBusinessKey()).orElseThrow().passed()).as("the result is kept at once").isFalse();

    assertThatThrownBy(() -> complete(drill, TASK_PLAN_IMPROVEMENTS, "manager", Map.of()))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(refused -> assertThat(((InvalidInputException) refused).errors()).extracting(FieldError::field)
            .containsExactly(action(1), actionOwner(1), actionDueDate(1)));
    Map<String, Object> notLater = new HashMap<>(Map.of(action(1), "优化切换脚本", actionOwner(1), "engineer",
        actionDueDate(1), "2026-12-12", action(2), "增加备库巡检"));
    assertThatThrownBy(() -> complete(drill, TASK_PLAN_IMPROVEMENTS, "manager", notLater))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("完成期限：必须晚于今天")
        .hasMessageContaining("责任人（二）：不能为空")
        .hasMessageContaining("完成期限（二）：不能为空");
    assertThat(drill).isWaitingAt(TASK_PLAN_IMPROVEMENTS);

    complete(drill, TASK_PLAN_IMPROVEMENTS, "manager", Map.of(action(1), "优化切换脚本", actionOwner(1), "engineer",
        actionDueDate(1), "2026-12-31", action(2), "增加备库巡检", actionOwner(2), "manager",
        actionDueDate(2), "2027-01-15"));

    assertThat(drill).isEnded().hasPassed(TASK_RECORD_IMPROVEMENTS, END_EVENT_DRILL_FAILED)
        .hasNotPassed(END_EVENT_DRILL_PASSED);
    DrillResult result = drills.find(drill.getBusinessKey()).orElseThrow();
    assertThat(result.passed()).isFalse();
    assertThat(result.rtoAchievedMinutes()).isEqualTo(75);
    assertThat(result.actions()).containsExactly(
        new ImprovementAction(1, "优化切换脚本", "engineer", LocalDate.parse("2026-12-31")),
        new ImprovementAction(2, "增加备库巡检", "manager", LocalDate.parse("2027-01-15")));
    assertThat(historicVariable(drill, IMPROVEMENTS_PLANNED_BY)).isEqualTo("manager");
  }

  @Test
  void executorMayFailADrillForItsFindingsButMustNameThem() {
    ProcessInstance drill = plannedAndDue();

    assertThatThrownBy(() -> complete(drill, TASK_EXECUTE_DRILL, "engineer", execution(30, 5, true, "")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("演练发现：不能为空");
    Map<String, Object> claimedPass = execution(30, 5, true, "告警未通知值班人员");
    claimedPass.put(DRILL_PASSED, true); // the verdict is the server's
    complete(drill, TASK_EXECUTE_DRILL, "engineer", claimedPass);

    assertThat(drill).isWaitingAt(TASK_PLAN_IMPROVEMENTS);
    DrillResult result = drills.find(drill.getBusinessKey()).orElseThrow();
    assertThat(result.failedForFindings()).isTrue();
    assertThat(result.passed()).isFalse();
  }

  @Test
  void theTargetsAreThoseOfThePlanVersionInForceWhenTheDrillIsHeld() {
    ProcessInstance drill = plannedAndDue();
    plans.save("online-banking", plan(30, 5), "manager");

    complete(drill, TASK_EXECUTE_DRILL, "engineer", execution(45, 5, false, null));

    assertThat(drill).isWaitingAt(TASK_PLAN_IMPROVEMENTS);
    DrillResult result = drills.find(drill.getBusinessKey()).orElseThrow();
    assertThat(result.planVersion()).isEqualTo(2);
    assertThat(result.rtoTargetMinutes()).isEqualTo(30);
    assertThat(result.passed()).as("45 minutes meet version 1 (60) but not version 2 (30)").isFalse();
  }

  @Test
  void badPlansAndResultsAreRefusedWithEveryFieldNamed() {
    ProcessInstance drill = request("online-banking", "按需演练");
    Map<String, Object> past = Map.of(PLANNED_AT, "2026-11-29T09:00+08:00", SCENARIO, " ");
    assertThatThrownBy(() -> complete(drill, TASK_PLAN_DRILL, "manager", past))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("演练时间：必须晚于当前时间")
        .hasMessageContaining("演练场景：不能为空")
        .hasMessageContaining("参演人员：不能为空");
    assertThat(drill).isWaitingAt(TASK_PLAN_DRILL);
    planDrill(drill);
    at(DRILL_AT);
    runDueJobs();

    at("2026-12-12T10:00");
    Map<String, Object> bad = new HashMap<>();
    bad.put(STARTED_AT, "2026-12-12T09:30+08:00");
    bad.put(ENDED_AT, "2026-12-12T11:00+08:00"); // later than now
    bad.put(RTO_ACHIEVED_MINUTES, -1L);
    bad.put(RPO_ACHIEVED_MINUTES, "五分钟");
    assertThatThrownBy(() -> complete(drill, TASK_EXECUTE_DRILL, "engineer", bad))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("实际结束时间：不能晚于当前时间")
        .hasMessageContaining("实际恢复时间（RTO，分钟）：必须在 0 到")
        .hasMessageContaining("实际数据丢失（RPO，分钟）：必须是整数分钟数");
    Map<String, Object> reversed = execution(10, 0, false, null);
    reversed.put(STARTED_AT, "2026-12-12T09:50+08:00");
    reversed.put(ENDED_AT, "2026-12-12T09:40+08:00");
    assertThatThrownBy(() -> complete(drill, TASK_EXECUTE_DRILL, "engineer", reversed))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("实际结束时间：必须晚于实际开始时间");
    Map<String, Object> early = execution(10, 0, false, null);
    early.put(STARTED_AT, "2026-12-11T23:30+08:00"); // the evening before the planned day
    early.put(ENDED_AT, "2026-12-12T09:40+08:00");
    assertThatThrownBy(() -> complete(drill, TASK_EXECUTE_DRILL, "engineer", early))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("实际开始时间：不能早于计划演练日期");
    assertThat(drill).isWaitingAt(TASK_EXECUTE_DRILL);
    assertThat(drills.find(drill.getBusinessKey())).isEmpty();
  }

  @Test
  void onlyPublishedKeyServicesWithAPlanCanBeDrilled() {
    assertThatThrownBy(() -> request("core-accounting", "演练")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("服务：“核心账务系统”还没有连续性计划");
    assertThatThrownBy(() -> request("office-oa", "演练")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("不是关键服务");
    assertThatThrownBy(() -> request("mainframe", " ")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("服务：“mainframe”不是已发布的服务").hasMessageContaining("演练原因：不能为空");
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ContinuityDrillProcess.KEY)
        .count()).as("a refused request leaves nothing behind").isZero();
  }

  @Test
  void theHalfYearlyRunStartsOneDrillPerKeyServiceWithAPlanAndReportsThoseWithout() {
    at("2026-07-01T02:00");

    runScheduleTimer();

    List<HistoricProcessInstance> scheduled = scheduledDrills();
    assertThat(scheduled).singleElement().satisfies(drill -> {
      assertThat(drill.getBusinessKey()).matches("DRL-2026-\\d{6}");
      assertThat(historicVariable(drill.getId(), SERVICE_ID)).isEqualTo("online-banking");
      assertThat(historicVariable(drill.getId(), DRILL_PERIOD)).isEqualTo("2026-H2");
      assertThat(historicVariable(drill.getId(), REASON)).isEqualTo("定期演练（2026年下半年）");
      assertThat(historicVariable(drill.getId(), REQUESTED_BY)).isNull();
      assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(drill.getId()).singleResult())
          .isWaitingAt(TASK_PLAN_DRILL);
    });
    HistoricProcessInstance run = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ContinuityDrillProcess.SCHEDULING_KEY).singleResult();
    assertThat(run.getEndActivityId()).isEqualTo(END_EVENT_MISSING_PLANS_REPORTED);
    assertThat(taskService.createTaskQuery().taskNameLike("【缺少连续性计划】%").list()).singleElement()
        .satisfies(notice -> {
          assertThat(notice.getName()).isEqualTo("【缺少连续性计划】2026-H2 核心账务系统（core-accounting）");
          assertThat(taskService.getIdentityLinksForTask(notice.getId())).extracting(link -> link.getGroupId())
              .contains(ItsmGroup.OPS_MANAGERS.id());
        });

    runScheduleTimer();

    assertThat(scheduledDrills()).as("a repeated run of the half-year starts nothing twice").hasSize(1);
  }

  @Test
  void whenEveryKeyServiceHasAPlanNothingIsReportedAndARefusedStartStopsNoOther() {
    plans.save("core-accounting", plan(120, 30), "manager");
    at("2027-01-01T02:00");
    refuseNextKey.set(true);

    runScheduleTimer();

    assertThat(scheduledDrills()).singleElement().satisfies(drill ->
        assertThat(historicVariable(drill.getId(), DRILL_PERIOD)).isEqualTo("2027-H1"));
    assertThat(historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ContinuityDrillProcess.SCHEDULING_KEY).singleResult().getEndActivityId())
        .isEqualTo(END_EVENT_DRILLS_SCHEDULED);
    assertThat(taskService.createTaskQuery().taskNameLike("【缺少连续性计划】%").count()).isZero();
    assertThat(taskService.createTaskQuery().taskNameLike("【连续性演练未能创建】2027-H1%").list()).singleElement()
        .satisfies(notice -> assertThat(notice.getDescription()).contains("编号已用尽"));

    runScheduleTimer();

    assertThat(scheduledDrills()).as("the next run catches up with the refused one").hasSize(2);
  }

  @Test
  void aSuccessfulMajorChangeOfAKeyServiceWithAPlanRequestsOneDrill() throws Exception {
    ContinuityDrillTrigger trigger = new ContinuityDrillTrigger(plans, drills, notifications);
    assertThat(trigger.applies("online-banking")).isTrue();
    assertThat(trigger.applies("core-accounting")).as("no plan").isFalse();
    assertThat(trigger.applies("office-oa")).as("no key service").isFalse();
    assertThat(trigger.applies(null)).isFalse();

    trigger.execute(changeExecution("CHG-2026-000042", "online-banking"));
    trigger.execute(changeExecution("CHG-2026-000042", "online-banking")); // a retried job
    trigger.execute(changeExecution("CHG-2026-000043", "core-accounting"));

    List<HistoricProcessInstance> started = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ContinuityDrillProcess.KEY).list();
    assertThat(started).singleElement().satisfies(drill -> {
      assertThat(historicVariable(drill.getId(), REASON)).isEqualTo("重大变更 CHG-2026-000042");
      assertThat(historicVariable(drill.getId(), DRILL_TRIGGER)).isEqualTo(DrillTrigger.MAJOR_CHANGE.name());
      assertThat(historicVariable(drill.getId(), CHANGE_KEY)).isEqualTo("CHG-2026-000042");
    });
  }

  // --- steps and lookups -------------------------------------------------------------------------------------

  private ProcessInstance request(String serviceId, String reason) {
    identityService.setAuthentication("manager", List.of(ItsmGroup.OPS_MANAGERS.id()));
    ProcessInstance drill;
    try {
      drill = runtimeService.createMessageCorrelation(ContinuityDrillProcess.MESSAGE_DRILL_REQUESTED)
          .setVariables(ContinuityDrills.request(serviceId, reason, DrillTrigger.REQUESTED)).correlateStartMessage();
    } finally {
      identityService.clearAuthentication();
    }
    runDueJobs();
    return drill;
  }

  private void planDrill(ProcessInstance drill) {
    complete(drill, TASK_PLAN_DRILL, "manager", Map.of(PLANNED_AT, DRILL_AT + "+08:00",
        SCENARIO, "主数据库宕机，切换至同城灾备", PARTICIPANTS, "engineer, manager, DBA 李工"));
  }

  /** Requested, planned for the drill date, and that date reached; the clock stands at noon of the drill day. */
  private ProcessInstance plannedAndDue() {
    ProcessInstance drill = request("online-banking", "按需演练");
    planDrill(drill);
    at(DRILL_AT);
    runDueJobs();
    at("2026-12-12T12:00");
    return drill;
  }

  private static Map<String, Object> execution(long rto, long rpo, boolean failedForFindings, String findings) {
    Map<String, Object> values = new HashMap<>();
    values.put(STARTED_AT, "2026-12-12T09:00+08:00");
    values.put(ENDED_AT, "2026-12-12T11:00+08:00");
    values.put(RTO_ACHIEVED_MINUTES, rto);
    values.put(RPO_ACHIEVED_MINUTES, rpo);
    values.put(FAILED_FOR_FINDINGS, failedForFindings);
    values.put(FINDINGS, findings);
    return values;
  }

  /** Completes the task as {@code user} would in Tasklist: claimed, then completed. */
  private void complete(ProcessInstance drill, String taskKey, String user, Map<String, Object> values) {
    Task task = task(drill, taskKey);
    if (task.getAssignee() == null) {
      taskService.claim(task.getId(), user);
    }
    identityService.setAuthentication(user, List.of(USERS.get(user).id()));
    try {
      taskService.complete(task.getId(), values);
    } finally {
      identityService.clearAuthentication();
    }
    runDueJobs();
  }

  private DelegateExecution changeExecution(String changeKey, String serviceId) {
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getProcessEngine()).thenReturn(engine);
    when(execution.getProcessEngineServices()).thenReturn(engine);
    when(execution.getProcessBusinessKey()).thenReturn(changeKey);
    when(execution.getVariable(com.yuanjing.itsm.change.ChangeProcess.Variables.SERVICE_ID)).thenReturn(serviceId);
    return execution;
  }

  /** Runs the half-yearly timer's job now, whatever its due date (as a retry or a second node would). */
  private void runScheduleTimer() {
    Job timer = managementService.createJobQuery().processDefinitionKey(ContinuityDrillProcess.SCHEDULING_KEY)
        .timers().activityId(START_EVENT_DRILLS_DUE).singleResult();
    managementService.executeJob(timer.getId());
    runDueJobs();
  }

  private List<HistoricProcessInstance> scheduledDrills() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ContinuityDrillProcess.KEY)
        .variableValueEquals(DRILL_TRIGGER, DrillTrigger.SCHEDULED.name()).list();
  }

  private Task task(ProcessInstance drill, String taskKey) {
    return taskService.createTaskQuery().processInstanceId(drill.getId()).taskDefinitionKey(taskKey).singleResult();
  }

  private void runDueJobs() {
    ProcessTests.runDueJobs(managementService);
  }

  private Object variable(ProcessInstance drill, String name) {
    return runtimeService.getVariable(drill.getId(), name);
  }

  private Object historicVariable(ProcessInstance drill, String name) {
    return ProcessTests.historicVariable(historyService, drill, name);
  }

  private Object historicVariable(String processInstanceId, String name) {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .variableName(name).list().stream()
        .filter(variable -> processInstanceId.equals(variable.getActivityInstanceId()))
        .findFirst().orElseThrow().getValue();
  }

  private void ensureUser(String id, ItsmGroup group) {
    if (identityService.createUserQuery().userId(id).count() > 0) {
      return;
    }
    if (identityService.createGroupQuery().groupId(group.id()).count() == 0) {
      identityService.saveGroup(identityService.newGroup(group.id()));
    }
    identityService.saveUser(identityService.newUser(id));
    identityService.createMembership(id, group.id());
    Authorization read = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    read.setUserId(id);
    read.setResource(Resources.PROCESS_DEFINITION);
    read.setResourceId(Authorization.ANY);
    read.addPermission(Permissions.READ);
    engine.getAuthorizationService().saveAuthorization(read);
    if (group == ItsmGroup.OPS_MANAGERS) { // as IdentitySetup lets ops managers request drills
      grant(group, Resources.PROCESS_DEFINITION, ContinuityDrillProcess.KEY, ProcessDefinitionPermissions.CREATE_INSTANCE);
      grant(group, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
    }
  }

  private void grant(ItsmGroup group, Resources resource, String resourceId, Permission permission) {
    Authorization grant = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(group.id());
    grant.setResource(resource);
    grant.setResourceId(resourceId);
    grant.addPermission(permission);
    engine.getAuthorizationService().saveAuthorization(grant);
  }
}
