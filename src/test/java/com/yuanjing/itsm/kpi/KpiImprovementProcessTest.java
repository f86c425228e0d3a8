package com.yuanjing.itsm.kpi;

import static com.yuanjing.itsm.kpi.KpiReviewProcess.Elements.*;
import static com.yuanjing.itsm.kpi.KpiReviewProcess.Variables.*;
import static com.yuanjing.itsm.testsupport.ProcessTests.BEIJING;
import static com.yuanjing.itsm.testsupport.ProcessTests.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.Mockito.mock;

import com.yuanjing.itsm.identity.ItsmGroup;
import com.yuanjing.itsm.servicelevel.ServiceLevelTaskFormValidator;
import com.yuanjing.itsm.testsupport.ProcessTests;
import com.yuanjing.itsm.testsupport.TestProcessEngine;
import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
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
 * One KPI below target in one period, on the real model: the improvement is created once, for the KPI's process
 * owner, who must record a cause and an action with its owner and due date before the task can be completed.
 */
@Tag("database")
@Deployment(resources = {"processes/kpi-improvement.bpmn", "forms/kpi/plan-kpi-improvement.form"})
class KpiImprovementProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder(TestProcessEngine.configuration("kpi-improvement"))
      .assertClassCoverageAtLeast(0.9)
      .build();

  private static final Map<String, ItsmGroup> USERS = Map.of("manager", ItsmGroup.OPS_MANAGERS,
      "quality", ItsmGroup.QUALITY, "engineer", ItsmGroup.OPS_ENGINEERS);
  private static final ReportingPeriod JANUARY = ReportingPeriod.parse("2026-01");
  private static final ReportingPeriod FIRST_QUARTER = ReportingPeriod.parse("2026-Q1");

  private ProcessEngine engine;
  private RuntimeService runtimeService;
  private TaskService taskService;
  private IdentityService identityService;
  private final KpiService kpis = mock(KpiService.class);
  private KpiReviews reviews;

  @BeforeEach
  void wire() {
    engine = extension.getProcessEngine();
    BpmnAwareTests.init(engine);
    runtimeService = engine.getRuntimeService();
    taskService = engine.getTaskService();
    identityService = engine.getIdentityService();
    reviews = new KpiReviews(kpis, KpiReviewFixture.objectives(), engine);
    Mocks.register("validateKpiImprovementTaskListener",
        new ValidateKpiImprovementTaskListener(new ServiceLevelTaskFormValidator(USERS::containsKey), BEIJING));
    USERS.values().forEach(this::letReadTheirForms);
    at("2026-04-01T09:00");
  }

  @AfterEach
  void reset() {
    identityService.clearAuthentication();
    ClockUtil.reset();
    Mocks.reset();
  }

  @Test
  void ownerRecordsCauseAndActionForAKpiBelowTarget() {
    KpiReviewFixture.judge(kpis, Set.of(Kpi.INCIDENT_RESPONSE));
    ProcessInstance improvement = improve(Kpi.INCIDENT_RESPONSE, JANUARY);

    assertThat(improvement.getBusinessKey()).isEqualTo("KPI-incident-response-2026-01");
    assertThat(improvement).isWaitingAt(TASK_PLAN_KPI_IMPROVEMENT).variables().containsEntry(KPI, "incident-response")
        .containsEntry(KPI_NAME, "事件响应及时率").containsEntry(PERIOD, "2026-01").containsEntry(KPI_VALUE, "92.5%")
        .containsEntry(KPI_TARGET, "≥ 95.0%").containsEntry(TITLE, "事件响应及时率 2026-01 未达标");
    assertThat(task(improvement)).hasName("制定改进措施").hasCandidateGroup("ops-managers");

    complete(improvement, "manager", plan("夜间值班只有一人，高峰时段响应排队", "增加夜间值班人员并设置响应超时提醒",
        "engineer", "2026-04-30"));

    assertThat(improvement).isEnded().hasPassed(END_EVENT_IMPROVEMENT_PLANNED);
    assertThat(historic(improvement, IMPROVEMENT_CAUSE)).isEqualTo("夜间值班只有一人，高峰时段响应排队");
    assertThat(historic(improvement, IMPROVEMENT_ACTION)).isEqualTo("增加夜间值班人员并设置响应超时提醒");
    assertThat(historic(improvement, IMPROVEMENT_OWNER)).isEqualTo("engineer");
    assertThat(historic(improvement, IMPROVEMENT_DUE_DATE)).isEqualTo("2026-04-30");
    assertThat(historic(improvement, IMPROVEMENT_PLANNED_BY)).isEqualTo("manager");
  }

  @Test
  void slaAttainmentAndReportOnTimeGoToQualityAndOnlyTheOwnerSeesTheTask() {
    KpiReviewFixture.judge(kpis, Set.of(Kpi.SLA_ATTAINMENT, Kpi.OUTAGES));
    ProcessInstance sla = improve(Kpi.SLA_ATTAINMENT, FIRST_QUARTER);
    ProcessInstance outages = improve(Kpi.OUTAGES, ReportingPeriod.parse("2026-03"));

    assertThat(task(sla)).hasCandidateGroup("quality");
    assertThat(task(outages)).hasCandidateGroup("ops-managers");
    assertThat(outages).variables().containsEntry(KPI_VALUE, "3次").containsEntry(KPI_TARGET, "≤ 1次");
    assertThat(visibleTo("quality")).containsExactly(sla.getId());
    assertThat(visibleTo("manager")).containsExactly(outages.getId());
    assertThat(visibleTo("engineer")).isEmpty();
    assertThat(Kpi.REPORT_ON_TIME.owner()).isEqualTo(ItsmGroup.QUALITY);
  }

  @Test
  void completingWithoutCauseOrActionIsRefusedNamingTheFieldsAndChangesNothing() {
    KpiReviewFixture.judge(kpis, Set.of(Kpi.INCIDENT_RESOLUTION));
    ProcessInstance improvement = improve(Kpi.INCIDENT_RESOLUTION, JANUARY);

    assertThatThrownBy(() -> complete(improvement, "manager", Map.of(IMPROVEMENT_OWNER, "engineer",
        IMPROVEMENT_DUE_DATE, "2026-04-30")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("原因分析：不能为空").hasMessageContaining("改进措施：不能为空")
        .satisfies(refused -> assertThat(((InvalidInputException) refused).errors())
            .extracting(FieldError::field, FieldError::label)
            .containsExactly(tuple(IMPROVEMENT_CAUSE, "原因分析"), tuple(IMPROVEMENT_ACTION, "改进措施")));
    assertThatThrownBy(() -> complete(improvement, "manager", plan("   ", "", "engineer", "2026-04-30")))
        .isInstanceOf(InvalidInputException.class);

    assertThat(improvement).isWaitingAt(TASK_PLAN_KPI_IMPROVEMENT);
    assertThat(runtimeService.getVariables(improvement.getId())).doesNotContainKeys(IMPROVEMENT_CAUSE,
        IMPROVEMENT_ACTION, IMPROVEMENT_OWNER, IMPROVEMENT_DUE_DATE, IMPROVEMENT_PLANNED_BY);
  }

  @Test
  void theActionNeedsAUserAsItsOwnerAndADueDateAfterToday() {
    KpiReviewFixture.judge(kpis, Set.of(Kpi.AVAILABILITY));
    ProcessInstance improvement = improve(Kpi.AVAILABILITY, JANUARY);

    assertThatThrownBy(() -> complete(improvement, "manager", plan("存储故障", "更换存储控制器", "nobody", "2026-04-01")))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(refused -> assertThat(((InvalidInputException) refused).errors())
            .extracting(FieldError::describe)
            .containsExactly("责任人：用户“nobody”不存在，请填写用户名", "完成期限：必须晚于今天"));
    assertThat(improvement).isWaitingAt(TASK_PLAN_KPI_IMPROVEMENT);

    complete(improvement, "manager", plan("存储故障", "更换存储控制器", "engineer", "2026-04-02"));
    assertThat(improvement).isEnded();
  }

  @Test
  void aKpiAndPeriodGetOneImprovementHoweverOftenItIsJudged() {
    KpiReviewFixture.judge(kpis, Set.of(Kpi.CHANGE_SUCCESS));
    KpiReviews.KpiPeriod closed = new KpiReviews.KpiPeriod(Kpi.CHANGE_SUCCESS, FIRST_QUARTER);

    assertThat(reviews.improveIfBelowTarget(closed)).contains("KPI-change-success-2026-Q1");
    assertThat(reviews.improveIfBelowTarget(closed)).contains("KPI-change-success-2026-Q1");
    assertThat(improvements("KPI-change-success-2026-Q1")).hasSize(1);

    // also once it is completed: history remembers it
    complete(improvements("KPI-change-success-2026-Q1").get(0), "manager",
        plan("回退方案未演练", "高风险变更前演练回退方案", "engineer", "2026-05-31"));
    assertThat(reviews.improveIfBelowTarget(closed)).contains("KPI-change-success-2026-Q1");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey("KPI-change-success-2026-Q1").count()).isEqualTo(1);
    // the next quarter is another period
    assertThat(reviews.improveIfBelowTarget(new KpiReviews.KpiPeriod(Kpi.CHANGE_SUCCESS, FIRST_QUARTER.previous())))
        .contains("KPI-change-success-2025-Q4");
  }

  @Test
  void aKpiThatMetItsTargetOrHadNothingToJudgeGetsNoImprovement() {
    KpiReviewFixture.judge(kpis, (kpi, period) -> KpiReviewFixture.value(kpi, period,
        kpi == Kpi.PROBLEM_RESOLUTION ? KpiStatus.MET : null));

    assertThat(reviews.improveIfBelowTarget(new KpiReviews.KpiPeriod(Kpi.PROBLEM_RESOLUTION, FIRST_QUARTER)))
        .isEmpty();
    assertThat(reviews.improveIfBelowTarget(new KpiReviews.KpiPeriod(Kpi.RELEASE_SUCCESS, FIRST_QUARTER)))
        .isEmpty();
    assertThat(runtimeService.createProcessInstanceQuery().count()).isZero();
  }

  private ProcessInstance improve(Kpi kpi, ReportingPeriod period) {
    String key = reviews.improveIfBelowTarget(new KpiReviews.KpiPeriod(kpi, period)).orElseThrow();
    return improvements(key).get(0);
  }

  private List<ProcessInstance> improvements(String businessKey) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(KpiReviewProcess.IMPROVEMENT_KEY)
        .processInstanceBusinessKey(businessKey).list();
  }

  private Task task(ProcessInstance improvement) {
    return taskService.createTaskQuery().processInstanceId(improvement.getId()).singleResult();
  }

  private List<String> visibleTo(String user) {
    identityService.setAuthentication(user, List.of(USERS.get(user).id()));
    try {
      return taskService.createTaskQuery().list().stream().map(Task::getProcessInstanceId).toList();
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** As IdentitySetup lets every group that works tasks read the process definitions. */
  private void letReadTheirForms(ItsmGroup group) {
    AuthorizationService authorizations = engine.getAuthorizationService();
    if (authorizations.createAuthorizationQuery().groupIdIn(group.id()).resourceType(Resources.PROCESS_DEFINITION)
        .count() == 0) {
      Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      read.setGroupId(group.id());
      read.setResource(Resources.PROCESS_DEFINITION);
      read.setResourceId(Authorization.ANY);
      read.addPermission(Permissions.READ);
      authorizations.saveAuthorization(read);
    }
  }

  private static Map<String, Object> plan(String cause, String action, String owner, String dueDate) {
    return Map.of(IMPROVEMENT_CAUSE, cause, IMPROVEMENT_ACTION, action, IMPROVEMENT_OWNER, owner,
        IMPROVEMENT_DUE_DATE, dueDate);
  }

  /** Claims and completes 制定改进措施 as a member of the owner group, as in Tasklist. */
  private void complete(ProcessInstance improvement, String user, Map<String, Object> values) {
    identityService.setAuthentication(user, List.of(USERS.get(user).id()));
    try {
      ProcessTests.complete(engine, improvement, TASK_PLAN_KPI_IMPROVEMENT, user, values);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private Object historic(ProcessInstance improvement, String name) {
    return ProcessTests.historicVariable(engine.getHistoryService(), improvement, name);
  }
}
