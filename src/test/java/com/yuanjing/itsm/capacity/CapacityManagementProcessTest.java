package com.yuanjing.itsm.capacity;

import static com.yuanjing.itsm.capacity.CapacityProcess.Elements.*;
import static com.yuanjing.itsm.capacity.CapacityProcess.Variables.*;
import static com.yuanjing.itsm.change.EmbeddedChangeRequest.*;
import static com.yuanjing.itsm.testsupport.ProcessTests.BEIJING;
import static com.yuanjing.itsm.testsupport.ProcessTests.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.yuanjing.itsm.change.ChangeProcess;
import com.yuanjing.itsm.change.ChangeProcessWiring;
import com.yuanjing.itsm.change.ChangeRequestValidator;
import com.yuanjing.itsm.change.PlannedTimes;
import com.yuanjing.itsm.numbering.BusinessKeys;
import com.yuanjing.itsm.servicelevel.ItService;
import com.yuanjing.itsm.servicelevel.ServiceDirectory;
import com.yuanjing.itsm.sla.BusinessCalendarProperties;
import com.yuanjing.itsm.sla.SupportHours;
import com.yuanjing.itsm.testsupport.ProcessTests;
import com.yuanjing.itsm.testsupport.TestProcessEngine;
import com.yuanjing.itsm.validation.InvalidInputException;
import java.time.Instant;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
import org.mockito.ArgumentCaptor;

/**
 * Both processes of capacity-management.bpmn on the real model: a capacity case from an alert or by hand,
 * and the quarterly capacity review. The expansion's change runs as the real change process (called
 * activity). The capacity incident (the incident process is the edge here) and the plan table are mocked.
 */
@Tag("database")
@Deployment(resources = {
    "processes/capacity-management.bpmn", "processes/change-management.bpmn",
    "processes/change-classification.dmn", "processes/change-approval.dmn",
    "forms/capacity/report-capacity-issue.form", "forms/capacity/assess-capacity-alert.form",
    "forms/capacity/plan-capacity-action.form", "forms/capacity/tune-performance.form",
    "forms/capacity/confirm-tuning.form", "forms/capacity/draft-capacity-plan.form",
    "forms/capacity/review-capacity-plan.form"})
class CapacityManagementProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder(TestProcessEngine.configuration("capacity"))
      .excludeProcessDefinitionKeys(ChangeProcess.KEY)
      .assertClassCoverageAtLeast(0.9)
      .build();

  private static final ItService ONLINE_BANKING = new ItService("online-banking", "网上银行系统", "京华银行", "GOLD",
      SupportHours.ALWAYS, SupportHours.ALWAYS, true, List.of("SATURDAY 22:00-06:00"), "manager");
  private static final ItService CORE_ACCOUNTING = new ItService("core-accounting", "核心账务系统", "京华银行", "GOLD",
      SupportHours.ALWAYS, SupportHours.ALWAYS, true, List.of("SUNDAY 01:00-05:00"), "manager");
  private static final ItService OFFICE_OA = new ItService("office-oa", "办公自动化系统", "BRONZE");

  private RuntimeService runtimeService;
  private TaskService taskService;
  private ManagementService managementService;
  private CapacityService capacity;
  private CapacityIncidents incidents;
  private CapacityPlans plans;
  private final AtomicLong numbers = new AtomicLong();

  @BeforeEach
  void wireDelegates() {
    ProcessEngine engine = extension.getProcessEngine();
    BpmnAwareTests.init(engine);
    runtimeService = engine.getRuntimeService();
    taskService = engine.getTaskService();
    managementService = engine.getManagementService();

    ServiceDirectory services = ServiceDirectory.of(List.of(ONLINE_BANKING, CORE_ACCOUNTING, OFFICE_OA));
    BusinessKeys businessKeys = prefix -> BusinessKeys.format(prefix, 2026, numbers.incrementAndGet());
    capacity = new CapacityService(services, businessKeys, runtimeService);
    incidents = mock(CapacityIncidents.class);
    when(incidents.open(any())).thenReturn("INC-2026-000042");
    plans = mock(CapacityPlans.class);
    when(plans.serviceIds(any())).thenCallRealMethod();
    PlannedTimes plannedTimes = new PlannedTimes(
        new BusinessCalendarProperties(BEIJING, LocalTime.of(9, 0), LocalTime.of(18, 0), "unused"));
    ChangeRequestValidator changeRequests = new ChangeRequestValidator(services, plannedTimes);

    Mocks.register("registerCapacityListener", new RegisterCapacityListener(capacity));
    Mocks.register("validateCapacityTaskListener",
        new ValidateCapacityTaskListener(new CapacityTaskFormValidator(changeRequests)));
    Mocks.register("clearCapacityChoicesListener", new ClearCapacityChoicesListener());
    Mocks.register("recordCapacityWorkerListener", new RecordCapacityWorkerListener());
    Mocks.register("openCapacityIncidentDelegate", new OpenCapacityIncidentDelegate(incidents));
    Mocks.register("startCapacityReviewListener", new StartCapacityReviewListener(capacity));
    Mocks.register("selectKeyServicesDelegate", new SelectKeyServicesDelegate(services));
    Mocks.register("prepareCapacityPlanListener", new PrepareCapacityPlanListener(services));
    Mocks.register("capacityPlans", plans);
    Mocks.register("storeCapacityPlanDelegate", new StoreCapacityPlanDelegate(plans));
    ChangeProcessWiring.register(engine, services, plannedTimes, businessKeys, BEIJING);
    at("2026-11-30T10:00");
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    Mocks.reset();
  }

  // --- capacityManagement ---------------------------------------------------------------------------

  @Test
  void capacityAlertWithImpactOpensACapacityIncidentAndIsTuned() {
    ProcessInstance instance = fromAlert();
    assertThat(instance.getBusinessKey()).matches("CAP-2026-\\d{6}");
    assertThat(instance).isWaitingAt(TASK_ASSESS_CAPACITY_ALERT).hasPassed(START_EVENT_CAPACITY_ALERT_RECEIVED);
    assertThat(variable(instance, SOURCE)).isEqualTo(CapacityService.SOURCE_ALERT);
    assertThat(variable(instance, CAPACITY_TYPE)).isEqualTo("DISK");
    assertThat(variable(instance, SERVICE_NAME)).isEqualTo("核心账务系统");
    assertThat(variable(instance, SUMMARY)).isEqualTo("DiskWillFillIn4Hours：数据盘预计 4 小时内写满");
    assertThat(variable(instance, CAPACITY_NUMBER)).isEqualTo(instance.getBusinessKey());

    complete(instance, TASK_ASSESS_CAPACITY_ALERT, impact());

    ArgumentCaptor<CapacityIncidents.Report> report = ArgumentCaptor.forClass(CapacityIncidents.Report.class);
    verify(incidents).open(report.capture());
    assertThat(report.getValue().capacityKey()).isEqualTo(instance.getBusinessKey());
    assertThat(report.getValue().serviceId()).isEqualTo("core-accounting");
    assertThat(report.getValue().impact()).isEqualTo("HIGH");
    assertThat(report.getValue().description()).contains("容量评估：日终批处理会失败");
    assertThat(variable(instance, INCIDENT_KEY)).isEqualTo("INC-2026-000042");

    complete(instance, TASK_PLAN_CAPACITY_ACTION, Map.of(CAPACITY_ACTION, "TUNING", ACTION_PLAN, "清理归档日志"));
    complete(instance, TASK_TUNE_PERFORMANCE, Map.of(TUNING_NOTE, "删除 30 天前的归档日志，使用率降到 60%"));
    complete(instance, TASK_CONFIRM_TUNING, Map.of(TUNING_RESULT, "EFFECTIVE", CONFIRMATION_NOTE, "已观察 1 天"));

    assertThat(instance).isEnded().hasPassed(TASK_OPEN_CAPACITY_INCIDENT, END_EVENT_CAPACITY_TUNED);
    assertThat(historicVariable(instance, CHANGE_REQUESTED_BY)).isEqualTo("engineer");
  }

  @Test
  void alertWithoutImpactIsRecordedAndOpensNoIncident() {
    ProcessInstance instance = fromAlert();

    complete(instance, TASK_ASSESS_CAPACITY_ALERT, Map.of(CapacityProcess.Variables.ASSESSMENT_RESULT, "NO_IMPACT",
        ASSESSMENT, "夜间批处理的正常峰值"));

    assertThat(instance).isEnded().hasPassed(END_EVENT_CAPACITY_ALERT_RECORDED)
        .hasNotPassed(TASK_OPEN_CAPACITY_INCIDENT);
    verify(incidents, never()).open(any());
  }

  @Test
  void ineffectiveTuningGoesBackToPlanningWithoutTheEarlierChoice() {
    ProcessInstance instance = impacted(reportByHand());
    complete(instance, TASK_PLAN_CAPACITY_ACTION, Map.of(CAPACITY_ACTION, "TUNING", ACTION_PLAN, "调整连接池"));
    complete(instance, TASK_TUNE_PERFORMANCE, Map.of(TUNING_NOTE, "连接池上限 200 → 400"));

    complete(instance, TASK_CONFIRM_TUNING, Map.of(TUNING_RESULT, "NOT_EFFECTIVE", CONFIRMATION_NOTE, "高峰仍超限"));

    assertThat(instance).isWaitingAt(TASK_PLAN_CAPACITY_ACTION);
    assertThat(variable(instance, CAPACITY_ACTION)).as("the second plan starts without a choice").isNull();
    complete(instance, TASK_PLAN_CAPACITY_ACTION, Map.of(CAPACITY_ACTION, "TUNING", ACTION_PLAN, "读写分离"));
    complete(instance, TASK_TUNE_PERFORMANCE, Map.of(TUNING_NOTE, "报表查询改走只读库"));
    assertThat(variable(instance, TUNING_RESULT)).as("the second confirmation too").isNull();
    complete(instance, TASK_CONFIRM_TUNING, Map.of(TUNING_RESULT, "EFFECTIVE", CONFIRMATION_NOTE, "连接数回落"));

    assertThat(instance).isEnded().hasPassed(END_EVENT_CAPACITY_TUNED);
    verify(incidents, times(1)).open(any());
  }

  @Test
  void expansionThroughASuccessfulChangeEndsExpanded() {
    ProcessInstance instance = impacted(reportByHand());

    complete(instance, TASK_PLAN_CAPACITY_ACTION, expansionPlan());
    ProcessInstance change = runtimeService.createProcessInstanceQuery().superProcessInstanceId(instance.getId())
        .singleResult();
    assertThat(runtimeService.getVariable(change.getId(), ChangeProcess.Variables.SOURCE)).isEqualTo("CAPACITY");
    assertThat(runtimeService.getVariable(change.getId(), ChangeProcess.Variables.SOURCE_KEY))
        .isEqualTo(instance.getBusinessKey());
    assertThat(runtimeService.getVariable(change.getId(), ChangeProcess.Variables.REQUESTED_BY)).isEqualTo("engineer");
    implementChange(change, "PASSED");

    assertThat(instance).isEnded().hasPassed(CALL_ACTIVITY_EXPAND_CAPACITY, END_EVENT_CAPACITY_EXPANDED);
    assertThat(historicVariable(instance, CHANGE_KEY)).isEqualTo(change.getBusinessKey());
    assertThat(historicVariable(instance, CHANGE_SUCCEEDED)).isEqualTo(true);
  }

  @Test
  void expansionWhoseChangeFailsEndsNotImplemented() {
    ProcessInstance instance = impacted(reportByHand());
    complete(instance, TASK_PLAN_CAPACITY_ACTION, expansionPlan());
    ProcessInstance change = runtimeService.createProcessInstanceQuery().superProcessInstanceId(instance.getId())
        .singleResult();

    implementChange(change, "FAILED");
    complete(change, ChangeProcess.Elements.TASK_BACK_OUT_CHANGE, Map.of(ChangeProcess.Variables.BACKOUT_NOTE, "已回退"));
    complete(change, ChangeProcess.Elements.TASK_REVIEW_CHANGE, Map.of(ChangeProcess.Variables.REVIEW_SUMMARY, "失败",
        ChangeProcess.Variables.LESSONS_LEARNED, "先扩容测试环境"));

    assertThat(instance).isEnded().hasPassed(END_EVENT_EXPANSION_NOT_IMPLEMENTED);
    assertThat(historicVariable(instance, CHANGE_SUCCEEDED)).isEqualTo(false);
  }

  @Test
  void invalidStartFormAndIncompleteTaskFormsAreRefused() {
    Map<String, Object> invalid = new HashMap<>(handReport());
    invalid.put(CAPACITY_TYPE, "GPU");
    invalid.put(ALERT_ID, 7L);
    invalid.remove(SUMMARY);
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(CapacityProcess.KEY, invalid))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("容量类型").hasMessageContaining("摘要")
        .hasMessageContaining(ALERT_ID);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(CapacityProcess.KEY).count()).isZero();

    ProcessInstance instance = reportByHand();
    Task assess = task(instance, TASK_ASSESS_CAPACITY_ALERT);
    assertThatThrownBy(() -> taskService.complete(assess.getId(), Map.of(CapacityProcess.Variables.ASSESSMENT_RESULT,
        "IMPACT", ASSESSMENT, "影响交易")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("影响度").hasMessageContaining("紧急度");
    complete(instance, TASK_ASSESS_CAPACITY_ALERT, impact());
    Map<String, Object> plan = new HashMap<>(expansionPlan());
    plan.remove(CHANGE_TEST_PLAN);
    Task planTask = task(instance, TASK_PLAN_CAPACITY_ACTION);
    assertThatThrownBy(() -> taskService.complete(planTask.getId(), plan))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("测试方案");
    assertThat(instance).isWaitingAt(TASK_PLAN_CAPACITY_ACTION);
  }

  @Test
  void alertStartMessageSentFromOutsideTheAlertIntakeIsRefusedAndCreatesNothing() {
    assertThatThrownBy(() -> runtimeService.createMessageCorrelation(CapacityProcess.MESSAGE_CAPACITY_ALERT_RECEIVED)
        .setVariable(ALERT_ID, 999L).setVariable(SERVICE_ID, "core-accounting").setVariable(CAPACITY_TYPE, "DISK")
        .setVariable(SUMMARY, "伪造告警").setVariable(DESCRIPTION, "伪造").correlateStartMessage())
        .isInstanceOf(AuthorizationException.class).hasMessageContaining("不能直接发送消息");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(CapacityProcess.KEY).count()).isZero();
  }

  // --- capacityReview -------------------------------------------------------------------------------

  @Test
  void quarterlyReviewApprovesOnePlanPerKeyServiceAfterARework() {
    at("2026-10-01T09:00");
    ProcessInstance review = runningReview(startReview());
    assertThat(review.getBusinessKey()).matches("CPR-2026-\\d{6}");
    assertThat(variable(review, REVIEW_PERIOD)).isEqualTo("2026-Q4");
    assertThat(variable(review, PLAN_SERVICE_IDS)).isEqualTo("online-banking,core-accounting");
    List<Task> drafts = tasks(review, TASK_DRAFT_CAPACITY_PLAN);
    assertThat(drafts).hasSize(2);

    Task banking = draftFor(review, "online-banking");
    Task accounting = draftFor(review, "core-accounting");
    completeTask(banking, "engineer", plan("CPU 峰值 70%"));
    completeTask(accounting, "engineer2", plan("磁盘 80%"));
    assertThat(variable(review, CURRENT_UTILISATION)).as("plan fields stay with their plan").isNull();

    Task returned = reviewFor(review, "core-accounting");
    completeTask(returned, "manager", Map.of(PLAN_DECISION, "REVISE", PLAN_REVIEW_COMMENT, "缺少扩容时间"));
    completeTask(reviewFor(review, "online-banking"), "manager", Map.of(PLAN_DECISION, "APPROVE"));
    Task redraft = draftFor(review, "core-accounting");
    assertThat(taskService.getVariable(redraft.getId(), PLAN_REVIEW_COMMENT)).isEqualTo("缺少扩容时间");
    completeTask(redraft, "engineer2", plan("磁盘 80%，12 月扩容"));
    Task second = reviewFor(review, "core-accounting");
    assertThat(taskService.getVariable(second.getId(), PLAN_DECISION)).as("the second review starts without a choice")
        .isNull();
    completeTask(second, "manager", Map.of(PLAN_DECISION, "APPROVE"));

    assertThat(review).isEnded().hasPassed(END_EVENT_CAPACITY_PLAN_APPROVED, END_EVENT_CAPACITY_REVIEW_COMPLETED);
    ArgumentCaptor<CapacityPlan> stored = ArgumentCaptor.forClass(CapacityPlan.class);
    verify(plans, times(2)).save(stored.capture());
    CapacityPlan accountingPlan = stored.getAllValues().stream()
        .filter(plan -> plan.serviceId().equals("core-accounting")).findFirst().orElseThrow();
    assertThat(accountingPlan.period()).isEqualTo("2026-Q4");
    assertThat(accountingPlan.serviceName()).isEqualTo("核心账务系统");
    assertThat(accountingPlan.currentUtilisation()).isEqualTo("磁盘 80%，12 月扩容");
    assertThat(accountingPlan.draftedBy()).isEqualTo("engineer2");
    assertThat(accountingPlan.approvedBy()).isEqualTo("manager");
    assertThat(accountingPlan.reviewKey()).isEqualTo(review.getBusinessKey());
    assertThat(stored.getAllValues()).extracting(CapacityPlan::serviceId)
        .containsExactlyInAnyOrder("online-banking", "core-accounting");
  }

  @Test
  void reviewWithoutKeyServicesEndsAtOnce() {
    Mocks.register("selectKeyServicesDelegate", new SelectKeyServicesDelegate(ServiceDirectory.of(List.of(OFFICE_OA))));
    at("2027-01-01T09:00");

    String review = startReview();

    HistoricProcessInstance ended = extension.getProcessEngine().getHistoryService()
        .createHistoricProcessInstanceQuery().processInstanceId(review).singleResult();
    assertThat(ended.getEndActivityId()).isEqualTo(END_EVENT_NO_KEY_SERVICES);
    assertThat(extension.getProcessEngine().getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(review).variableName(REVIEW_PERIOD).singleResult().getValue()).isEqualTo("2027-Q1");
    verify(plans, never()).save(any());
  }

  @Test
  void incompletePlanAndAReturnWithoutAReasonAreRefused() {
    at("2026-10-01T09:00");
    ProcessInstance review = runningReview(startReview());
    Task draft = draftFor(review, "online-banking");
    taskService.claim(draft.getId(), "engineer");
    Map<String, Object> incomplete = new HashMap<>(plan("CPU 70%"));
    incomplete.remove(PLANNED_DATES);
    assertThatThrownBy(() -> taskService.complete(draft.getId(), incomplete))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("计划时间");
    completeTask(draft, "engineer", plan("CPU 70%"));
    Task check = reviewFor(review, "online-banking");
    taskService.claim(check.getId(), "manager");
    assertThatThrownBy(() -> taskService.complete(check.getId(), Map.of(PLAN_DECISION, "REVISE")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("审核意见");
  }

  // --- helpers -------------------------------------------------------------------------------------

  private ProcessInstance fromAlert() {
    MonitoringAlert alert = new MonitoringAlert(7L, "fp-disk-1", "DiskWillFillIn4Hours", AlertStatus.FIRING,
        "warning", "core-accounting", null, "{\"alertname\":\"DiskWillFillIn4Hours\",\"service\":\"core-accounting\"}",
        "{\"summary\":\"数据盘预计 4 小时内写满\",\"description\":\"/data 使用率 88%\"}",
        Instant.parse("2026-11-30T01:55:00Z"), null, Instant.parse("2026-11-30T02:00:00Z"),
        Instant.parse("2026-11-30T02:00:00Z"), "itsm");
    String key = capacity.startFromAlert(alert, CapacityType.DISK);
    runDueJobs();
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key).singleResult();
  }

  private ProcessInstance reportByHand() {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(CapacityProcess.KEY, handReport());
    runDueJobs();
    assertThat(variable(instance, SOURCE)).isEqualTo(CapacityService.SOURCE_INSPECTION);
    return instance;
  }

  private static Map<String, Object> handReport() {
    return Map.of(SERVICE_ID, "online-banking", CAPACITY_TYPE, "CONNECTIONS", SUMMARY, "网银数据库连接数接近上限",
        DESCRIPTION, "巡检发现高峰时段连接数达到 180/200");
  }

  private ProcessInstance impacted(ProcessInstance instance) {
    complete(instance, TASK_ASSESS_CAPACITY_ALERT, impact());
    return instance;
  }

  private static Map<String, Object> impact() {
    return Map.of(CapacityProcess.Variables.ASSESSMENT_RESULT, "IMPACT", ASSESSMENT, "日终批处理会失败",
        IMPACT, "HIGH", URGENCY, "HIGH");
  }

  private static Map<String, Object> expansionPlan() {
    Map<String, Object> plan = new HashMap<>();
    plan.put(CAPACITY_ACTION, "EXPANSION");
    plan.put(ACTION_PLAN, "数据库扩容");
    plan.put(CHANGE_TITLE, "网银数据库扩容");
    plan.put(CHANGE_REASON, "连接数接近上限");
    plan.put(CHANGE_DESCRIPTION, "增加一个只读节点");
    plan.put(CHANGE_PLANNED_START, "2026-12-05T22:00+08:00");
    plan.put(CHANGE_PLANNED_END, "2026-12-05T23:00+08:00");
    plan.put(CHANGE_IMPLEMENTATION_PLAN, "部署只读节点并切换报表查询");
    plan.put(CHANGE_TEST_PLAN, "报表查询测试");
    plan.put(CHANGE_BACKOUT_PLAN, "切回主库");
    plan.put(CHANGE_DOWNTIME_REQUIRED, false);
    plan.put(CHANGE_DONE_BEFORE, true);
    plan.put(CHANGE_TESTED, true);
    return plan;
  }

  private static Map<String, Object> plan(String utilisation) {
    return Map.of(CURRENT_UTILISATION, utilisation, TREND_FORECAST, "每月增长 5%", PLANNED_ACTIONS, "扩容",
        PLANNED_DATES, "2026-12 完成");
  }

  /** Fires the review's timer start as the job executor would at the clock's time; the new review's id. */
  private String startReview() {
    List<String> earlier = reviewIds();
    Job timer = managementService.createJobQuery().timers().activityId(START_EVENT_CAPACITY_REVIEW_DUE).singleResult();
    managementService.executeJob(timer.getId());
    runDueJobs();
    List<String> started = reviewIds();
    started.removeAll(earlier);
    assertThat(started).as("reviews started by the timer").hasSize(1);
    return started.get(0);
  }

  private ProcessInstance runningReview(String id) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult();
  }

  private List<String> reviewIds() {
    return new java.util.ArrayList<>(extension.getProcessEngine().getHistoryService()
        .createHistoricProcessInstanceQuery().processDefinitionKey(CapacityProcess.REVIEW_KEY).list().stream()
        .map(instance -> instance.getId()).toList());
  }

  /** Takes the expansion's change through assessment, the CAB and its window to a verification result. */
  private void implementChange(ProcessInstance change, String verificationResult) {
    complete(change, ChangeProcess.Elements.TASK_ASSESS_TECHNICAL_IMPACT,
        Map.of(ChangeProcess.Variables.TECHNICAL_ASSESSMENT, "可控"));
    complete(change, ChangeProcess.Elements.TASK_ASSESS_BUSINESS_IMPACT,
        Map.of(ChangeProcess.Variables.BUSINESS_ASSESSMENT, "可控"));
    complete(change, ChangeProcess.Elements.TASK_CAB_VOTE, Map.of(ChangeProcess.Variables.VOTE, "APPROVE"));
    at("2026-12-05T22:00");
    runDueJobs();
    complete(change, ChangeProcess.Elements.TASK_IMPLEMENT_CHANGE, Map.of(
        ChangeProcess.Variables.IMPLEMENTATION_RESULT, "COMPLETED", ChangeProcess.Variables.IMPLEMENTATION_NOTE, "完成"));
    complete(change, ChangeProcess.Elements.TASK_VERIFY_CHANGE, Map.of(
        ChangeProcess.Variables.VERIFICATION_RESULT, verificationResult, ChangeProcess.Variables.VERIFICATION_NOTE, "已验证"));
  }

  private Task draftFor(ProcessInstance review, String serviceId) {
    return planTask(review, TASK_DRAFT_CAPACITY_PLAN, serviceId);
  }

  private Task reviewFor(ProcessInstance review, String serviceId) {
    return planTask(review, TASK_REVIEW_CAPACITY_PLAN, serviceId);
  }

  private Task planTask(ProcessInstance review, String taskKey, String serviceId) {
    return tasks(review, taskKey).stream()
        .filter(task -> serviceId.equals(taskService.getVariable(task.getId(), PLAN_SERVICE_ID)))
        .findFirst().orElseThrow(() -> new AssertionError(taskKey + " for " + serviceId));
  }

  private List<Task> tasks(ProcessInstance instance, String taskKey) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).list();
  }

  private void complete(ProcessInstance instance, String taskKey, Map<String, Object> values) {
    completeTask(task(instance, taskKey), "engineer", values);
  }

  private void completeTask(Task task, String user, Map<String, Object> values) {
    if (task.getAssignee() == null) {
      taskService.claim(task.getId(), user);
    }
    taskService.complete(task.getId(), values);
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
}
