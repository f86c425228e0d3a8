package com.yuanjing.itsm.change;

import static com.yuanjing.itsm.change.ChangeProcess.Elements.*;
import static com.yuanjing.itsm.change.ChangeProcess.Variables.*;
import static com.yuanjing.itsm.testsupport.ProcessTests.BEIJING;
import static com.yuanjing.itsm.testsupport.ProcessTests.at;
import static com.yuanjing.itsm.testsupport.ProcessTests.beijing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.when;

import com.yuanjing.itsm.audit.ProcessRecords;
import com.yuanjing.itsm.configuration.AffectedServices;
import com.yuanjing.itsm.configuration.ConfigurationItemService;
import com.yuanjing.itsm.continuity.ContinuityDrillTrigger;
import com.yuanjing.itsm.numbering.BusinessKeys;
import com.yuanjing.itsm.servicelevel.ItService;
import com.yuanjing.itsm.servicelevel.ServiceDirectory;
import com.yuanjing.itsm.sla.BusinessCalendarProperties;
import com.yuanjing.itsm.testsupport.ProcessTests;
import com.yuanjing.itsm.testsupport.TestProcessEngine;
import com.yuanjing.itsm.validation.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
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

/** The change lifecycle on the real model, DMN tables and freeze calendar, with the engine clock in Beijing time. */
@Tag("database")
@Deployment(resources = {
    "processes/change-management.bpmn", "processes/change-classification.dmn", "processes/change-approval.dmn",
    "forms/change/request-change.form", "forms/change/resolve-window-conflict.form",
    "forms/change/decide-window-exception.form", "forms/change/assess-technical-impact.form",
    "forms/change/assess-business-impact.form", "forms/change/cab-vote.form",
    "forms/change/approve-emergency-change.form", "forms/change/implement-change.form",
    "forms/change/verify-change.form", "forms/change/back-out-change.form", "forms/change/review-change.form"})
class ChangeManagementProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder(TestProcessEngine.configuration("change"))
      .assertClassCoverageAtLeast(0.9)
      .build();

  /** Now: Monday 2026-11-30 10:00. The online banking window opens on Saturday 2026-12-05 at 22:00. */
  private static final String NOW = "2026-11-30T10:00";
  private static final String IN_WINDOW_START = "2026-12-05T22:00";
  private static final String IN_WINDOW_END = "2026-12-05T23:30";

  private RuntimeService runtimeService;
  private TaskService taskService;
  private ManagementService managementService;
  private IdentityService identityService;
  private final AtomicLong numbers = new AtomicLong();
  /** The edge to continuity management: which services have a continuity plan, and the drill request. */
  private ContinuityDrillTrigger continuityDrills;
  private final List<String> drillRequests = new java.util.ArrayList<>();

  @BeforeEach
  void wireDelegates() throws IOException {
    ProcessEngine engine = extension.getProcessEngine();
    BpmnAwareTests.init(engine);
    runtimeService = engine.getRuntimeService();
    taskService = engine.getTaskService();
    managementService = engine.getManagementService();
    identityService = engine.getIdentityService();

    ServiceDirectory services = ServiceDirectory.of(List.of(
        new ItService("online-banking", "网上银行系统", "GOLD", List.of("SATURDAY 22:00-06:00")),
        new ItService("office-oa", "办公自动化系统", "BRONZE", List.of("SATURDAY 09:00-18:00"))));
    FreezeCalendar freezes;
    try (InputStream file = getClass().getResourceAsStream("/calendar/change-freeze.yaml")) {
      freezes = FreezeCalendar.load(file, "change-freeze.yaml");
    }
    PlannedTimes plannedTimes = new PlannedTimes(
        new BusinessCalendarProperties(BEIJING, LocalTime.of(9, 0), LocalTime.of(18, 0), "unused"));
    BusinessKeys businessKeys = prefix -> BusinessKeys.format(prefix, 2026, numbers.incrementAndGet());
    ChangeService changes = new ChangeService(new ChangeRequestValidator(services, plannedTimes), services,
        plannedTimes, businessKeys, runtimeService, new ProcessRecords(engine.getHistoryService()),
        new AffectedServices(mock(ConfigurationItemService.class), services));

    Mocks.register("clearChangeChoicesListener", new ClearChangeChoicesListener());
    Mocks.register("registerChangeListener", new RegisterChangeListener(changes));
    Mocks.register("checkChangeWindowDelegate",
        new CheckChangeWindowDelegate(new ChangeWindowService(services, freezes, BEIJING)));
    Mocks.register("validateChangeTaskListener",
        new ValidateChangeTaskListener(new ChangeTaskFormValidator(plannedTimes), plannedTimes));
    Mocks.register("cabMembers", new CabMembers(identityService));
    Mocks.register("countCabVotesDelegate", new CountCabVotesDelegate());
    continuityDrills = mock(ContinuityDrillTrigger.class);
    when(continuityDrills.applies("online-banking")).thenReturn(true);
    drillRequests.clear();
    doAnswer(invocation -> {
      DelegateExecution execution = invocation.getArgument(0);
      drillRequests.add(execution.getProcessBusinessKey() + " " + execution.getVariable(SERVICE_ID));
      return null;
    }).when(continuityDrills).execute(any());
    Mocks.register("continuityDrillTrigger", continuityDrills);

    for (String member : List.of("cab1", "cab2", "cab3")) {
      if (identityService.createUserQuery().userId(member).count() == 0) {
        identityService.saveUser(identityService.newUser(member));
        if (identityService.createGroupQuery().groupId("cab").count() == 0) {
          identityService.saveGroup(identityService.newGroup("cab"));
        }
        identityService.createMembership(member, "cab");
      }
    }
    at(NOW);
  }

  @AfterEach
  void reset() {
    identityService.clearAuthentication();
    ClockUtil.reset();
    Mocks.reset();
  }

  @Test
  void standardChangeSkipsApprovalWaitsForItsWindowAndSucceeds() {
    Map<String, Object> request = request("office-oa", "2026-12-05T10:00", "2026-12-05T11:00");
    request.put(STANDARD_CHANGE_ID, "STD-APP-RESTART");
    ProcessInstance change = start(request);

    assertThat(change.getBusinessKey()).matches("CHG-2026-\\d{6}");
    assertThat(variable(change, CHANGE_NUMBER)).isEqualTo(change.getBusinessKey());
    assertThat(variable(change, CHANGE_CLASS)).isEqualTo("STANDARD");
    assertThat(variable(change, APPROVAL_ROUTE)).isEqualTo("NONE");
    assertThat(variable(change, APPROVED)).as("standard changes are pre-approved").isEqualTo(true);
    assertThat(change).isWaitingAt(TIMER_PLANNED_START_REACHED);

    at("2026-12-05T09:59");
    runDueJobs();
    assertThat(change).isWaitingAt(TIMER_PLANNED_START_REACHED);
    at("2026-12-05T10:00");
    runDueJobs();

    complete(change, TASK_IMPLEMENT_CHANGE, Map.of(IMPLEMENTATION_RESULT, "COMPLETED", IMPLEMENTATION_NOTE, "已重启"));
    complete(change, TASK_VERIFY_CHANGE, Map.of(VERIFICATION_RESULT, "PASSED", VERIFICATION_NOTE, "服务正常"));

    assertThat(change).isEnded().hasPassed(END_EVENT_CHANGE_SUCCEEDED)
        .hasNotPassed(TASK_CAB_VOTE, TASK_REVIEW_CHANGE, TASK_RESOLVE_WINDOW_CONFLICT);
    assertThat(historicVariable(change, CHANGE_SUCCEEDED)).isEqualTo(true);
  }

  @Test
  void normalChangeIsAssessedAndApprovedByTheCabMajority() {
    ProcessInstance change = start(request("online-banking", IN_WINDOW_START, IN_WINDOW_END));

    assertThat(variable(change, CHANGE_CLASS)).isEqualTo("NORMAL");
    assertThat(variable(change, RISK_LEVEL)).isEqualTo("MEDIUM");
    assertThat(change).isWaitingAt(TASK_ASSESS_TECHNICAL_IMPACT, TASK_ASSESS_BUSINESS_IMPACT);
    complete(change, TASK_ASSESS_TECHNICAL_IMPACT, Map.of(TECHNICAL_ASSESSMENT, "影响登录模块，风险可控"));
    complete(change, TASK_ASSESS_BUSINESS_IMPACT, Map.of(BUSINESS_ASSESSMENT, "周末夜间实施，业务影响小"));

    assertThat(cabVoters(change)).containsExactlyInAnyOrder("cab1", "cab2", "cab3");
    vote(change, "cab1", "APPROVE");
    vote(change, "cab2", "REJECT");
    vote(change, "cab3", "APPROVE");

    assertThat(variable(change, APPROVED)).isEqualTo(true);
    assertThat(historyOf(change, VOTE)).as("every member's vote is kept").containsExactlyInAnyOrder(
        "APPROVE", "REJECT", "APPROVE");
    assertThat(change).isWaitingAt(TIMER_PLANNED_START_REACHED);
    at(IN_WINDOW_START);
    runDueJobs();
    complete(change, TASK_IMPLEMENT_CHANGE, Map.of(IMPLEMENTATION_RESULT, "COMPLETED", IMPLEMENTATION_NOTE, "已发布"));
    complete(change, TASK_VERIFY_CHANGE, Map.of(VERIFICATION_RESULT, "PASSED", VERIFICATION_NOTE, "登录正常"));
    assertThat(change).isEnded().hasPassed(END_EVENT_CHANGE_SUCCEEDED).hasNotPassed(TASK_REVIEW_CHANGE);
  }

  @Test
  void highRiskChangeNeedsEveryCabVote() {
    Map<String, Object> request = request("online-banking", IN_WINDOW_START, IN_WINDOW_END);
    request.remove(BACKOUT_PLAN);
    ProcessInstance change = start(request);
    assertThat(variable(change, RISK_LEVEL)).isEqualTo("HIGH");
    complete(change, TASK_ASSESS_TECHNICAL_IMPACT, Map.of(TECHNICAL_ASSESSMENT, "无回退方案"));
    complete(change, TASK_ASSESS_BUSINESS_IMPACT, Map.of(BUSINESS_ASSESSMENT, "影响全部网银用户"));

    vote(change, "cab1", "APPROVE");
    vote(change, "cab2", "APPROVE");
    vote(change, "cab3", "REJECT");

    assertThat(change).isEnded().hasPassed(END_EVENT_CHANGE_REJECTED);
    assertThat(historicVariable(change, CAB_REJECTIONS)).isEqualTo(1);
  }

  @Test
  void requesterIsNoCabVoterAndCannotApproveTheirOwnEmergencyChange() {
    Map<String, Object> request = request("online-banking", IN_WINDOW_START, IN_WINDOW_END);
    request.put(REQUESTED_BY, "cab2");
    ProcessInstance normal = start(request);
    complete(normal, TASK_ASSESS_TECHNICAL_IMPACT, Map.of(TECHNICAL_ASSESSMENT, "可控"));
    complete(normal, TASK_ASSESS_BUSINESS_IMPACT, Map.of(BUSINESS_ASSESSMENT, "可控"));
    assertThat(cabVoters(normal)).containsExactlyInAnyOrder("cab1", "cab3");

    Map<String, Object> emergency = emergencyRequest();
    emergency.put(REQUESTED_BY, "manager");
    ProcessInstance change = start(emergency);
    Task approval = task(change, TASK_APPROVE_EMERGENCY_CHANGE);
    identityService.setAuthentication("manager", List.of("ops-managers"));
    assertThatThrownBy(() -> taskService.complete(approval.getId(),
        Map.of(EMERGENCY_DECISION, "APPROVE", APPROVAL_COMMENT, "同意")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("变更申请人不能审批自己的变更");
    identityService.clearAuthentication();
    assertThat(change).isWaitingAt(TASK_APPROVE_EMERGENCY_CHANGE);
  }

  @Test
  void emergencyChangeTakesTheFastTrackAndIsReviewedAfterwards() {
    ProcessInstance change = start(emergencyRequest());

    assertThat(variable(change, CHANGE_CLASS)).isEqualTo("EMERGENCY");
    assertThat(change).isWaitingAt(TASK_APPROVE_EMERGENCY_CHANGE);
    complete(change, TASK_APPROVE_EMERGENCY_CHANGE, Map.of(EMERGENCY_DECISION, "APPROVE", APPROVAL_COMMENT, "同意紧急修复"));
    assertThat(variable(change, APPROVED)).isEqualTo(true);
    at(IN_WINDOW_START);
    runDueJobs();
    complete(change, TASK_IMPLEMENT_CHANGE, Map.of(IMPLEMENTATION_RESULT, "COMPLETED", IMPLEMENTATION_NOTE, "已修复"));
    complete(change, TASK_VERIFY_CHANGE, Map.of(VERIFICATION_RESULT, "PASSED", VERIFICATION_NOTE, "正常"));

    assertThat(change).isWaitingAt(TASK_REVIEW_CHANGE);
    complete(change, TASK_REVIEW_CHANGE, Map.of(REVIEW_SUMMARY, "紧急修复成功", LESSONS_LEARNED, "补充监控"));
    assertThat(change).isEnded().hasPassed(END_EVENT_CHANGE_SUCCEEDED).hasNotPassed(TASK_CAB_VOTE);
  }

  @Test
  void emergencyCabRejectsTheChange() {
    ProcessInstance change = start(emergencyRequest());
    complete(change, TASK_APPROVE_EMERGENCY_CHANGE, Map.of(EMERGENCY_DECISION, "REJECT", APPROVAL_COMMENT, "不属于紧急情况"));

    assertThat(change).isEnded().hasPassed(END_EVENT_CHANGE_REJECTED);
    assertThat(historicVariable(change, APPROVED)).isEqualTo(false);
  }

  @Test
  void changeOutsideTheWindowIsRescheduledByTheRequester() {
    ProcessInstance change = start(request("online-banking", "2026-12-07T10:00", "2026-12-07T11:00"));

    assertThat(change).isWaitingAt(TASK_RESOLVE_WINDOW_CONFLICT);
    assertThat(task(change, TASK_RESOLVE_WINDOW_CONFLICT).getAssignee()).isEqualTo("engineer");
    assertThat((String) variable(change, WINDOW_CONFLICT_REASONS)).contains("维护窗口");
    complete(change, TASK_RESOLVE_WINDOW_CONFLICT, Map.of(CONFLICT_RESOLUTION, "RESCHEDULE",
        PLANNED_START, "2026-12-05T22:00+08:00", PLANNED_END, "2026-12-05T23:30+08:00"));

    assertThat(variable(change, PLANNED_START)).isEqualTo(beijing(IN_WINDOW_START));
    assertThat(variable(change, WINDOW_CONFLICT)).isEqualTo(false);
    assertThat(change).isWaitingAt(TASK_ASSESS_TECHNICAL_IMPACT, TASK_ASSESS_BUSINESS_IMPACT);
  }

  @Test
  void managersGrantAnExceptionForAChangeOutsideTheWindow() {
    ProcessInstance change = start(request("online-banking", "2026-12-07T10:00", "2026-12-07T11:00"));
    complete(change, TASK_RESOLVE_WINDOW_CONFLICT, Map.of(CONFLICT_RESOLUTION, "REQUEST_EXCEPTION",
        EXCEPTION_REASON, "监管要求周一前完成"));

    complete(change, TASK_DECIDE_WINDOW_EXCEPTION, Map.of(EXCEPTION_DECISION, "APPROVE", APPROVAL_COMMENT, "同意例外"));

    assertThat(variable(change, WINDOW_EXCEPTION_GRANTED)).isEqualTo(true);
    assertThat(change).isWaitingAt(TASK_ASSESS_TECHNICAL_IMPACT, TASK_ASSESS_BUSINESS_IMPACT);
  }

  @Test
  void refusedExceptionSendsTheRequesterBackWhoCancels() {
    ProcessInstance change = start(request("online-banking", "2026-12-28T22:00", "2026-12-28T23:00"));
    assertThat((String) variable(change, WINDOW_CONFLICT_REASONS)).contains("封网");
    complete(change, TASK_RESOLVE_WINDOW_CONFLICT, Map.of(CONFLICT_RESOLUTION, "REQUEST_EXCEPTION",
        EXCEPTION_REASON, "年底前必须上线"));
    complete(change, TASK_DECIDE_WINDOW_EXCEPTION, Map.of(EXCEPTION_DECISION, "REJECT", APPROVAL_COMMENT, "封网期不允许"));

    assertThat(change).isWaitingAt(TASK_RESOLVE_WINDOW_CONFLICT);
    assertThat(variable(change, CONFLICT_RESOLUTION)).as("the second round starts without a choice").isNull();
    complete(change, TASK_RESOLVE_WINDOW_CONFLICT, Map.of(CONFLICT_RESOLUTION, "CANCEL"));
    assertThat(change).isEnded().hasPassed(END_EVENT_CHANGE_CANCELLED);
  }

  @Test
  void failedImplementationIsBackedOutReviewedAndCountsAsFailed() {
    ProcessInstance change = approvedStandardChange();
    complete(change, TASK_IMPLEMENT_CHANGE, Map.of(IMPLEMENTATION_RESULT, "FAILED", IMPLEMENTATION_NOTE, "启动报错"));

    complete(change, TASK_BACK_OUT_CHANGE, Map.of(BACKOUT_NOTE, "已回退到原版本"));
    complete(change, TASK_REVIEW_CHANGE, Map.of(REVIEW_SUMMARY, "配置遗漏", LESSONS_LEARNED, "增加检查清单"));

    assertThat(change).isEnded().hasPassed(END_EVENT_CHANGE_FAILED).hasNotPassed(TASK_VERIFY_CHANGE);
    assertThat(historicVariable(change, CHANGE_SUCCEEDED)).isEqualTo(false);
  }

  @Test
  void failedVerificationIsBackedOutToo() {
    ProcessInstance change = approvedStandardChange();
    complete(change, TASK_IMPLEMENT_CHANGE, Map.of(IMPLEMENTATION_RESULT, "COMPLETED", IMPLEMENTATION_NOTE, "已重启"));
    complete(change, TASK_VERIFY_CHANGE, Map.of(VERIFICATION_RESULT, "FAILED", VERIFICATION_NOTE, "接口超时"));

    complete(change, TASK_BACK_OUT_CHANGE, Map.of(BACKOUT_NOTE, "已回退"));
    complete(change, TASK_REVIEW_CHANGE, Map.of(REVIEW_SUMMARY, "性能未验证", LESSONS_LEARNED, "增加压测"));
    assertThat(change).isEnded().hasPassed(END_EVENT_CHANGE_FAILED);
  }

  @Test
  void invalidRequestAndIncompleteVotesAreRefusedAndChangeNothing() {
    Map<String, Object> invalid = request("mainframe", IN_WINDOW_END, IN_WINDOW_START);
    invalid.remove(TITLE);
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(ChangeProcess.KEY, invalid))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("变更标题").hasMessageContaining("受影响服务").hasMessageContaining("计划结束时间");
    assertThat(runtimeService.createProcessInstanceQuery().count()).isZero();

    ProcessInstance change = start(request("online-banking", IN_WINDOW_START, IN_WINDOW_END));
    complete(change, TASK_ASSESS_TECHNICAL_IMPACT, Map.of(TECHNICAL_ASSESSMENT, "可控"));
    complete(change, TASK_ASSESS_BUSINESS_IMPACT, Map.of(BUSINESS_ASSESSMENT, "可控"));
    Task vote = cabTask(change, "cab1");
    assertThatThrownBy(() -> taskService.complete(vote.getId(), Map.of(VOTE, "REJECT")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("反对理由");
    assertThat(variable(change, CAB_REJECTIONS)).isEqualTo(0);
  }

  // --- helpers -------------------------------------------------------------------------------------

  private ProcessInstance approvedStandardChange() {
    Map<String, Object> request = request("office-oa", "2026-12-05T10:00", "2026-12-05T11:00");
    request.put(STANDARD_CHANGE_ID, "STD-LOG-CLEANUP");
    ProcessInstance change = start(request);
    at("2026-12-05T10:00");
    runDueJobs();
    return change;
  }

  private static Map<String, Object> request(String serviceId, String plannedStart, String plannedEnd) {
    Map<String, Object> request = new HashMap<>();
    request.put(REQUESTED_BY, "engineer");
    request.put(TITLE, "升级登录模块");
    request.put(SERVICE_ID, serviceId);
    request.put(REASON, "修复登录超时问题");
    request.put(DESCRIPTION, "将登录模块升级到 2.3.1");
    request.put(DOWNTIME_REQUIRED, false);
    request.put(DONE_BEFORE, true);
    request.put(TESTED, true);
    request.put(PLANNED_START, plannedStart + "+08:00");
    request.put(PLANNED_END, plannedEnd + "+08:00");
    request.put(IMPLEMENTATION_PLAN, "停止旧版本，部署新版本，启动");
    request.put(TEST_PLAN, "登录冒烟测试");
    request.put(BACKOUT_PLAN, "恢复旧版本");
    return request;
  }

  private static Map<String, Object> emergencyRequest() {
    Map<String, Object> request = request("online-banking", IN_WINDOW_START, IN_WINDOW_END);
    request.put(EMERGENCY, true);
    request.put(EMERGENCY_JUSTIFICATION, "生产故障，需立即修复");
    return request;
  }

  @Test
  void successfulHighRiskChangeOfAKeyServiceWithAPlanRequestsAContinuityDrill() throws Exception {
    Map<String, Object> request = request("online-banking", IN_WINDOW_START, IN_WINDOW_END);
    request.remove(BACKOUT_PLAN);
    ProcessInstance change = start(request);
    assertThat(variable(change, RISK_LEVEL)).isEqualTo("HIGH");
    complete(change, TASK_ASSESS_TECHNICAL_IMPACT, Map.of(TECHNICAL_ASSESSMENT, "无回退方案"));
    complete(change, TASK_ASSESS_BUSINESS_IMPACT, Map.of(BUSINESS_ASSESSMENT, "影响全部网银用户"));
    for (String member : List.of("cab1", "cab2", "cab3")) {
      vote(change, member, "APPROVE");
    }
    at(IN_WINDOW_START);
    runDueJobs();
    complete(change, TASK_IMPLEMENT_CHANGE, Map.of(IMPLEMENTATION_RESULT, "COMPLETED", IMPLEMENTATION_NOTE, "已迁移"));
    taskService.complete(task(change, TASK_VERIFY_CHANGE).getId(),
        Map.of(VERIFICATION_RESULT, "PASSED", VERIFICATION_NOTE, "业务正常"));

    assertThat(change).as("the drill is requested after the save point, in a job of its own")
        .isWaitingAt(TASK_SCHEDULE_CONTINUITY_DRILL);
    assertThat(drillRequests).isEmpty();
    runDueJobs();

    assertThat(change).isEnded().hasPassed(GATEWAY_MAJOR_CHANGE, TASK_SCHEDULE_CONTINUITY_DRILL,
        END_EVENT_CHANGE_SUCCEEDED);
    assertThat(drillRequests).containsExactly(change.getBusinessKey() + " online-banking");
  }

  @Test
  void successfulHighRiskChangeOfAServiceWithoutPlanNeedsNoDrill() throws Exception {
    Map<String, Object> request = request("office-oa", "2026-12-05T10:00", "2026-12-05T11:00");
    request.remove(BACKOUT_PLAN);
    ProcessInstance change = start(request);
    assertThat(variable(change, RISK_LEVEL)).isEqualTo("HIGH");
    complete(change, TASK_ASSESS_TECHNICAL_IMPACT, Map.of(TECHNICAL_ASSESSMENT, "无回退方案"));
    complete(change, TASK_ASSESS_BUSINESS_IMPACT, Map.of(BUSINESS_ASSESSMENT, "影响办公"));
    for (String member : List.of("cab1", "cab2", "cab3")) {
      vote(change, member, "APPROVE");
    }
    at("2026-12-05T10:00");
    runDueJobs();
    complete(change, TASK_IMPLEMENT_CHANGE, Map.of(IMPLEMENTATION_RESULT, "COMPLETED", IMPLEMENTATION_NOTE, "已升级"));
    complete(change, TASK_VERIFY_CHANGE, Map.of(VERIFICATION_RESULT, "PASSED", VERIFICATION_NOTE, "办公正常"));

    assertThat(change).isEnded().hasPassed(GATEWAY_MAJOR_CHANGE, END_EVENT_CHANGE_SUCCEEDED)
        .hasNotPassed(TASK_SCHEDULE_CONTINUITY_DRILL);
    assertThat(drillRequests).isEmpty();
  }

  private ProcessInstance start(Map<String, Object> request) {
    ProcessInstance change = runtimeService.startProcessInstanceByKey(ChangeProcess.KEY, request);
    runDueJobs();
    return change;
  }

  private void complete(ProcessInstance change, String taskKey, Map<String, Object> formValues) {
    taskService.complete(task(change, taskKey).getId(), formValues);
    runDueJobs();
  }

  private void vote(ProcessInstance change, String member, String vote) {
    Map<String, Object> values = new HashMap<>(Map.of(VOTE, vote));
    if ("REJECT".equals(vote)) {
      values.put(VOTE_REASON, "风险评估不足");
    }
    taskService.complete(cabTask(change, member).getId(), values);
    runDueJobs();
  }

  private Task task(ProcessInstance change, String taskKey) {
    return taskService.createTaskQuery().processInstanceId(change.getId()).taskDefinitionKey(taskKey).singleResult();
  }

  private Task cabTask(ProcessInstance change, String member) {
    return taskService.createTaskQuery().processInstanceId(change.getId()).taskDefinitionKey(TASK_CAB_VOTE)
        .taskAssignee(member).singleResult();
  }

  private List<String> cabVoters(ProcessInstance change) {
    return taskService.createTaskQuery().processInstanceId(change.getId()).taskDefinitionKey(TASK_CAB_VOTE).list()
        .stream().map(Task::getAssignee).toList();
  }

  private void runDueJobs() {
    ProcessTests.runDueJobs(managementService);
  }

  private Object variable(ProcessInstance change, String name) {
    return runtimeService.getVariable(change.getId(), name);
  }

  private Object historicVariable(ProcessInstance change, String name) {
    return ProcessTests.historicVariable(extension.getProcessEngine().getHistoryService(), change, name);
  }

  private List<Object> historyOf(ProcessInstance change, String name) {
    return extension.getProcessEngine().getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(change.getId()).variableName(name).list().stream()
        .map(variable -> variable.getValue()).toList();
  }


}
