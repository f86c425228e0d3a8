package com.yuanjing.itsm.problem;

import static com.yuanjing.itsm.problem.ProblemProcess.Elements.*;
import static com.yuanjing.itsm.problem.ProblemProcess.Variables.*;
import static com.yuanjing.itsm.change.EmbeddedChangeRequest.*;
import static com.yuanjing.itsm.testsupport.ProcessTests.BEIJING;
import static com.yuanjing.itsm.testsupport.ProcessTests.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.yuanjing.itsm.audit.ProcessRecords;
import com.yuanjing.itsm.change.ChangeProcess;
import com.yuanjing.itsm.change.ChangeProcessWiring;
import com.yuanjing.itsm.change.ChangeRequestValidator;
import com.yuanjing.itsm.change.PlannedTimes;
import com.yuanjing.itsm.incident.IncidentStatistics;
import com.yuanjing.itsm.numbering.BusinessKeys;
import com.yuanjing.itsm.servicelevel.ItService;
import com.yuanjing.itsm.servicelevel.ServiceDirectory;
import com.yuanjing.itsm.sla.BusinessCalendarProperties;
import com.yuanjing.itsm.testsupport.ProcessTests;
import com.yuanjing.itsm.testsupport.TestProcessEngine;
import com.yuanjing.itsm.validation.InvalidInputException;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
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
 * The problem lifecycle on the real models; the fix's change runs as the real change process (called
 * activity). The known-error store and the incident counts are the edges and are mocked.
 */
@Tag("database")
@Deployment(resources = {
    "processes/problem-management.bpmn", "processes/change-management.bpmn",
    "processes/change-classification.dmn", "processes/change-approval.dmn",
    "forms/problem/report-problem.form", "forms/problem/log-problem.form", "forms/problem/investigate-problem.form",
    "forms/problem/plan-resolution.form", "forms/problem/accept-risk.form"})
class ProblemManagementProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder(TestProcessEngine.configuration("problem"))
      .excludeProcessDefinitionKeys(ChangeProcess.KEY)
      .assertClassCoverageAtLeast(0.9)
      .build();


  private RuntimeService runtimeService;
  private TaskService taskService;
  private ManagementService managementService;
  private KnownErrorService knownErrors;
  private IncidentStatistics incidents;
  private ProblemService problems;
  private final AtomicLong numbers = new AtomicLong();

  @BeforeEach
  void wireDelegates() throws Exception {
    ProcessEngine engine = extension.getProcessEngine();
    BpmnAwareTests.init(engine);
    runtimeService = engine.getRuntimeService();
    taskService = engine.getTaskService();
    managementService = engine.getManagementService();

    ServiceDirectory services = ServiceDirectory.of(List.of(
        new ItService("online-banking", "网上银行系统", "GOLD", List.of("SATURDAY 22:00-06:00"))));
    BusinessKeys businessKeys = prefix -> BusinessKeys.format(prefix, 2026, numbers.incrementAndGet());
    ProcessRecords records = new ProcessRecords(engine.getHistoryService());
    problems = new ProblemService(new ProblemReportValidator(services), services, businessKeys, runtimeService,
        TestProcessEngine.jdbc(engine), records);
    knownErrors = mock(KnownErrorService.class);
    incidents = mock(IncidentStatistics.class);
    PlannedTimes plannedTimes = new PlannedTimes(
        new BusinessCalendarProperties(BEIJING, LocalTime.of(9, 0), LocalTime.of(18, 0), "unused"));
    ChangeRequestValidator changeRequests = new ChangeRequestValidator(services, plannedTimes);

    Mocks.register("clearProblemChoicesListener", new ClearProblemChoicesListener());
    Mocks.register("registerProblemListener", new RegisterProblemListener(problems));
    Mocks.register("validateProblemTaskListener",
        new ValidateProblemTaskListener(new ProblemTaskFormValidator(changeRequests)));
    Mocks.register("recordKnownErrorDelegate", new RecordKnownErrorDelegate(knownErrors));
    Mocks.register("recordChangeRequesterListener", new RecordChangeRequesterListener());
    Mocks.register("checkRecurrenceDelegate", new CheckRecurrenceDelegate(incidents));
    Mocks.register("linkIncidentDelegate", new LinkIncidentDelegate());
    ChangeProcessWiring.register(engine, services, plannedTimes, businessKeys, BEIJING);
    at("2026-11-30T10:00");
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    Mocks.reset();
  }

  @Test
  void problemFixedThroughAChangeIsResolvedWhenTheIncidentsStop() {
    ProcessInstance problem = report();
    assertThat(problem.getBusinessKey()).matches("PRB-2026-\\d{6}");
    complete(problem, TASK_LOG_PROBLEM, Map.of(CATEGORY, "APPLICATION", LOG_DECISION, "ACCEPT"));
    complete(problem, TASK_INVESTIGATE_PROBLEM, investigation());
    verify(knownErrors).record(any());

    complete(problem, TASK_PLAN_RESOLUTION, changePlan());
    ProcessInstance change = runtimeService.createProcessInstanceQuery().superProcessInstanceId(problem.getId())
        .singleResult();
    assertThat(runtimeService.getVariable(change.getId(), ChangeProcess.Variables.SOURCE_KEY))
        .isEqualTo(problem.getBusinessKey());
    assertThat(runtimeService.getVariable(change.getId(), ChangeProcess.Variables.REQUESTED_BY)).isEqualTo("engineer");
    implementChange(change, "PASSED");

    assertThat(problem).isWaitingAt(TIMER_OBSERVATION_ENDED);
    assertThat(variable(problem, CHANGE_KEY)).isEqualTo(change.getBusinessKey());
    when(incidents.countReported(eq("online-banking"), eq("APPLICATION"), any())).thenReturn(0L);
    at("2026-12-20T10:00");
    runDueJobs();

    assertThat(problem).isEnded().hasPassed(END_EVENT_PROBLEM_RESOLVED);
    assertThat(historicVariable(problem, PROBLEM_RESOLVED)).isEqualTo(true);
  }

  @Test
  void failedChangeSendsTheProblemBackToPlanning() {
    ProcessInstance problem = investigated();
    complete(problem, TASK_PLAN_RESOLUTION, changePlan());
    ProcessInstance change = runtimeService.createProcessInstanceQuery().superProcessInstanceId(problem.getId())
        .singleResult();

    implementChange(change, "FAILED");
    complete(change, ChangeProcess.Elements.TASK_BACK_OUT_CHANGE, Map.of(ChangeProcess.Variables.BACKOUT_NOTE, "已回退"));
    complete(change, ChangeProcess.Elements.TASK_REVIEW_CHANGE, Map.of(ChangeProcess.Variables.REVIEW_SUMMARY, "失败",
        ChangeProcess.Variables.LESSONS_LEARNED, "补充测试"));

    assertThat(problem).isWaitingAt(TASK_PLAN_RESOLUTION);
    assertThat(variable(problem, CHANGE_SUCCEEDED)).isEqualTo(false);
    assertThat(variable(problem, RESOLUTION_PLAN)).as("the second plan starts without a choice").isNull();
  }

  @Test
  void problemFixedWithoutAChangeGoesBackToInvestigationWhenIncidentsRecur() {
    ProcessInstance problem = investigated();
    complete(problem, TASK_PLAN_RESOLUTION, Map.of(RESOLUTION_PLAN, "FIXED_WITHOUT_CHANGE", RESOLUTION_NOTE, "清理了脏数据"));
    when(incidents.countReported(eq("online-banking"), eq("APPLICATION"), any())).thenReturn(2L);

    at("2026-12-15T10:00");
    runDueJobs();

    assertThat(problem).isWaitingAt(TASK_INVESTIGATE_PROBLEM).hasPassed(TASK_CHECK_RECURRENCE);
    assertThat(variable(problem, RECURRENCES_SINCE_FIX)).isEqualTo(2L);
  }

  @Test
  void managersAcceptTheRiskOfAProblemThatCannotBeResolved() {
    ProcessInstance problem = investigated();
    complete(problem, TASK_PLAN_RESOLUTION, Map.of(RESOLUTION_PLAN, "CANNOT_RESOLVE", RESOLUTION_NOTE, "厂商不再支持"));

    complete(problem, TASK_ACCEPT_RISK, Map.of(RISK_DECISION, "CONTINUE", RISK_ACCEPTANCE_REASON, "再联系厂商"));
    assertThat(problem).isWaitingAt(TASK_INVESTIGATE_PROBLEM);
    complete(problem, TASK_INVESTIGATE_PROBLEM, investigation());
    complete(problem, TASK_PLAN_RESOLUTION, Map.of(RESOLUTION_PLAN, "CANNOT_RESOLVE", RESOLUTION_NOTE, "厂商确认无法修复"));
    complete(problem, TASK_ACCEPT_RISK, Map.of(RISK_DECISION, "ACCEPT_RISK", RISK_ACCEPTANCE_REASON, "影响小，已有临时办法"));

    assertThat(problem).isEnded().hasPassed(END_EVENT_PROBLEM_NOT_RESOLVED);
    assertThat(historicVariable(problem, PROBLEM_RESOLVED)).isEqualTo(false);
  }

  @Test
  void duplicateProblemEndsAsDuplicate() {
    ProcessInstance problem = report();

    complete(problem, TASK_LOG_PROBLEM, Map.of(CATEGORY, "APPLICATION", LOG_DECISION, "DUPLICATE",
        DUPLICATE_OF, "PRB-2026-000001"));

    assertThat(problem).isEnded().hasPassed(END_EVENT_PROBLEM_DUPLICATE);
  }

  @Test
  void recurringIncidentsRaiseOneProblemAndLinkTheNextIncidentToIt() {
    String key = problems.raiseForIncident(new ProblemTrigger("INC-2026-000007",
        List.of("INC-2026-000003", "INC-2026-000005", "INC-2026-000007"), "online-banking", "DATABASE", "数据库连接超时",
        "RECURRING_INCIDENTS", "30天内同一服务同一分类的事件达到3次"));
    runDueJobs();
    ProcessInstance problem = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key).singleResult();
    assertThat(problem).isWaitingAt(TASK_LOG_PROBLEM).hasPassed(START_EVENT_PROBLEM_RAISED);
    assertThat(variable(problem, SOURCE)).isEqualTo("RECURRING_INCIDENTS");

    ProblemTrigger next = new ProblemTrigger("INC-2026-000009", List.of("INC-2026-000009"), "online-banking",
        "DATABASE", "数据库连接超时", "RECURRING_INCIDENTS", "30天内同一服务同一分类的事件达到3次");
    String linkedTo = problems.raiseForIncident(next);
    problems.raiseForIncident(next);

    assertThat(linkedTo).isEqualTo(key);
    assertThat(variable(problem, LINKED_INCIDENT_KEYS))
        .isEqualTo("INC-2026-000003,INC-2026-000005,INC-2026-000007,INC-2026-000009");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ProblemProcess.KEY).count()).isEqualTo(1);
  }

  @Test
  void invalidReportAndIncompletePlansAreRefused() {
    Map<String, Object> invalid = new HashMap<>(reportValues());
    invalid.put(LINKED_INCIDENT_KEYS, "12345");
    invalid.remove(TITLE);
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(ProblemProcess.KEY, invalid))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("问题标题").hasMessageContaining("关联事件编号");

    ProcessInstance problem = investigated();
    Map<String, Object> plan = new HashMap<>(changePlan());
    plan.remove(CHANGE_TEST_PLAN);
    Task task = task(problem, TASK_PLAN_RESOLUTION);
    assertThatThrownBy(() -> taskService.complete(task.getId(), plan))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("测试方案");
    assertThat(problem).isWaitingAt(TASK_PLAN_RESOLUTION);
  }

  // --- helpers -------------------------------------------------------------------------------------

  private ProcessInstance report() {
    ProcessInstance problem = runtimeService.startProcessInstanceByKey(ProblemProcess.KEY, reportValues());
    runDueJobs();
    return problem;
  }

  private static Map<String, Object> reportValues() {
    return Map.of(TITLE, "登录偶发超时", SERVICE_ID, "online-banking", CATEGORY, "APPLICATION", SOURCE, "TREND",
        DESCRIPTION, "近两周登录超时事件增多", LINKED_INCIDENT_KEYS, "INC-2026-000001, INC-2026-000002");
  }

  private ProcessInstance investigated() {
    ProcessInstance problem = report();
    complete(problem, TASK_LOG_PROBLEM, Map.of(CATEGORY, "APPLICATION", LOG_DECISION, "ACCEPT"));
    complete(problem, TASK_INVESTIGATE_PROBLEM, investigation());
    return problem;
  }

  private static Map<String, Object> investigation() {
    return Map.of(SYMPTOM, "登录页面转圈后超时", ROOT_CAUSE, "会话缓存过期策略错误", WORKAROUND, "重启会话服务");
  }

  private static Map<String, Object> changePlan() {
    Map<String, Object> plan = new HashMap<>();
    plan.put(RESOLUTION_PLAN, "CHANGE_REQUIRED");
    plan.put(RESOLUTION_NOTE, "修正缓存配置");
    plan.put(CHANGE_TITLE, "修正会话缓存过期配置");
    plan.put(CHANGE_REASON, "问题根因修复");
    plan.put(CHANGE_DESCRIPTION, "调整过期时间");
    plan.put(CHANGE_PLANNED_START, "2026-12-05T22:00+08:00");
    plan.put(CHANGE_PLANNED_END, "2026-12-05T23:00+08:00");
    plan.put(CHANGE_IMPLEMENTATION_PLAN, "修改配置并重启");
    plan.put(CHANGE_TEST_PLAN, "登录测试");
    plan.put(CHANGE_BACKOUT_PLAN, "恢复原配置");
    plan.put(CHANGE_DOWNTIME_REQUIRED, false);
    plan.put(CHANGE_DONE_BEFORE, true);
    plan.put(CHANGE_TESTED, true);
    return plan;
  }

  /** Takes the fix's change through assessment, the CAB and its window to a verification result. */
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

  private void complete(ProcessInstance instance, String taskKey, Map<String, Object> values) {
    Task task = task(instance, taskKey);
    if (task.getAssignee() == null) {
      taskService.claim(task.getId(), "engineer");
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
