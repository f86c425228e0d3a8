package com.yuanjing.itsm.servicelevel;

import static com.yuanjing.itsm.servicelevel.ServiceLevelProcess.Elements.*;
import static com.yuanjing.itsm.servicelevel.ServiceLevelProcess.Variables.*;
import static com.yuanjing.itsm.testsupport.ProcessTests.BEIJING;
import static com.yuanjing.itsm.testsupport.ProcessTests.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.yuanjing.itsm.kpi.ReportingPeriod;
import com.yuanjing.itsm.numbering.BusinessKeys;
import com.yuanjing.itsm.sla.SupportHours;
import com.yuanjing.itsm.testsupport.ProcessTests;
import com.yuanjing.itsm.testsupport.TestProcessEngine;
import com.yuanjing.itsm.validation.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
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
import org.mockito.ArgumentCaptor;

/**
 * Service level management on the real model: a service need from the proposal through the evaluation
 * and the SLA to the catalogue, and the quarterly review of the SLA attainment. The catalogue and the
 * attainment figures are the edges and are mocked.
 */
@Tag("database")
@Deployment(resources = {
    "processes/service-level-management.bpmn", "forms/service-level/service-need.form",
    "forms/service-level/propose-solution.form", "forms/service-level/evaluate-by-quality.form",
    "forms/service-level/evaluate-by-operations.form", "forms/service-level/negotiate-sla.form",
    "forms/service-level/sign-sla.form", "forms/service-level/review-sla-attainment.form",
    "forms/service-level/plan-improvement.form"})
class ServiceLevelManagementProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder(TestProcessEngine.configuration("service-level"))
      .assertClassCoverageAtLeast(0.9)
      .build();

  private static final ItService ONLINE_BANKING = new ItService("online-banking", "网上银行系统", "京华银行", "GOLD",
      SupportHours.ALWAYS, SupportHours.ALWAYS, true, List.of("SATURDAY 22:00-06:00"), "manager");
  private static final Set<String> USERS = Set.of("manager", "engineer", "quality");

  private RuntimeService runtimeService;
  private TaskService taskService;
  private ManagementService managementService;
  private IdentityService identityService;
  private ServiceCatalogue catalogue;
  private SlaAttainmentService attainment;
  private final AtomicLong numbers = new AtomicLong();

  @BeforeEach
  void wireDelegates() {
    ProcessEngine engine = extension.getProcessEngine();
    BpmnAwareTests.init(engine);
    runtimeService = engine.getRuntimeService();
    taskService = engine.getTaskService();
    managementService = engine.getManagementService();
    identityService = engine.getIdentityService();
    // every task worker reads the process definitions (IdentitySetup grants it to their groups)
    AuthorizationService authorizations = engine.getAuthorizationService();
    if (authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL).count() == 0) {
      Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
      read.setResource(Resources.PROCESS_DEFINITION);
      read.setResourceId(Authorization.ANY);
      read.addPermission(Permissions.READ);
      authorizations.saveAuthorization(read);
    }

    catalogue = mock(ServiceCatalogue.class);
    when(catalogue.find(anyString())).thenReturn(Optional.empty());
    when(catalogue.find("online-banking")).thenReturn(Optional.of(new CatalogueEntry(ONLINE_BANKING,
        ServiceStatus.PUBLISHED, 1, null, null, null, Instant.parse("2026-01-01T00:00:00Z"), "system", null)));
    when(catalogue.reserve(anyString(), anyString(), anyString(), anyString())).thenReturn(true);
    attainment = mock(SlaAttainmentService.class);
    when(attainment.zone()).thenReturn(BEIJING);
    BusinessKeys businessKeys = prefix -> BusinessKeys.format(prefix, 2026, numbers.incrementAndGet());
    ServiceLevelService serviceLevels =
        new ServiceLevelService(ServiceDirectory.of(List.of(ONLINE_BANKING)), catalogue, businessKeys, runtimeService);

    Mocks.register("registerServiceLevelListener", new RegisterServiceLevelListener(serviceLevels));
    Mocks.register("validateServiceLevelTaskListener",
        new ValidateServiceLevelTaskListener(new ServiceLevelTaskFormValidator(USERS::contains), BEIJING));
    Mocks.register("clearServiceLevelChoicesListener", new ClearServiceLevelChoicesListener());
    Mocks.register("publishServiceDelegate", new PublishServiceDelegate(catalogue));
    Mocks.register("releaseServiceDraftListener", new ReleaseServiceDraftListener(catalogue));
    Mocks.register("computeSlaAttainmentDelegate", new ComputeSlaAttainmentDelegate(attainment));
    Mocks.register("servicesBelowTarget", new ServicesBelowTarget(catalogue));
    at("2026-11-30T10:00");
  }

  @AfterEach
  void reset() {
    identityService.clearAuthentication();
    ClockUtil.reset();
    Mocks.reset();
  }

  @Test
  void newServiceIsEvaluatedSignedAndPublishedAsVersionOne() {
    when(catalogue.publish(any(), any(), any(), any(), any())).thenReturn(1);
    ProcessInstance need = start(newService());

    assertThat(need.getBusinessKey()).matches("SLM-2026-\\d{6}");
    assertThat(variable(need, SERVICE_LEVEL_NUMBER)).isEqualTo(need.getBusinessKey());
    assertThat(variable(need, SERVICE_ID)).isEqualTo("mobile-banking");
    verify(catalogue).reserve("mobile-banking", "手机银行", "京华银行", need.getBusinessKey());
    assertThat(need).isWaitingAt(TASK_PROPOSE_SOLUTION);
    assertThat(candidateGroup(need, TASK_PROPOSE_SOLUTION)).isEqualTo("ops-engineers");

    complete(need, TASK_PROPOSE_SOLUTION, "engineer", proposal());
    assertThat(need).isWaitingAt(TASK_EVALUATE_BY_QUALITY, TASK_EVALUATE_BY_OPERATIONS);
    assertThat(candidateGroup(need, TASK_EVALUATE_BY_QUALITY)).isEqualTo("quality");
    assertThat(candidateGroup(need, TASK_EVALUATE_BY_OPERATIONS)).isEqualTo("ops-managers");
    complete(need, TASK_EVALUATE_BY_QUALITY, "quality", Map.of(QUALITY_DECISION, "APPROVE", QUALITY_COMMENT, "可行"));
    complete(need, TASK_EVALUATE_BY_OPERATIONS, "manager",
        Map.of(OPERATIONS_DECISION, "APPROVE", OPERATIONS_COMMENT, "资源已落实"));
    complete(need, TASK_NEGOTIATE_SLA, "manager", Map.of(SLA_TERMS, "金牌服务，7×24 支持"));
    complete(need, TASK_SIGN_SLA, "manager", signature("2027-01-01", "2027-12-31"));

    assertThat(need).isEnded().hasPassed(TASK_PUBLISH_SERVICE, END_EVENT_SERVICE_PUBLISHED);
    ArgumentCaptor<ItService> published = ArgumentCaptor.forClass(ItService.class);
    verify(catalogue).publish(published.capture(),
        eq(new SlaAgreement("SLA-2026-017", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31))),
        eq("manager"), eq(need.getBusinessKey()), isNull());
    assertThat(published.getValue()).isEqualTo(new ItService("mobile-banking", "手机银行", "京华银行", "GOLD",
        SupportHours.ALWAYS, SupportHours.BUSINESS_HOURS, true,
        List.of("SATURDAY 22:00-06:00", "SUNDAY 01:00-03:00"), "manager"));
    assertThat(historicVariable(need, PUBLISHED_VERSION)).isEqualTo(1);
  }

  @Test
  void changedServiceIsPublishedAsItsNextVersion() {
    when(catalogue.publish(any(), any(), any(), any(), any())).thenReturn(2);
    Map<String, Object> change = new HashMap<>(Map.of(NEED_TYPE, "CHANGE", SERVICE_ID, "online-banking",
        NEED, "客户要求周日也可维护"));
    ProcessInstance need = start(change);

    assertThat(variable(need, SERVICE_NAME)).as("taken from the catalogue").isEqualTo("网上银行系统");
    assertThat(variable(need, CUSTOMER)).isEqualTo("京华银行");
    assertThat(variable(need, CURRENT_VERSION)).isEqualTo(1);
    verify(catalogue, never()).reserve(any(), any(), any(), any());
    approveAndSign(need);

    assertThat(need).isEnded().hasPassed(END_EVENT_SERVICE_PUBLISHED);
    ArgumentCaptor<ItService> published = ArgumentCaptor.forClass(ItService.class);
    verify(catalogue).publish(published.capture(), any(), eq("manager"), eq(need.getBusinessKey()),
        eq(1)); // the version the change was agreed on
    assertThat(published.getValue().id()).isEqualTo("online-banking");
    assertThat(published.getValue().name()).isEqualTo("网上银行系统");
    assertThat(historicVariable(need, PUBLISHED_VERSION)).isEqualTo(2);
  }

  @Test
  void serviceIsChangedByOneNeedAtATime() {
    Map<String, Object> change = new HashMap<>(Map.of(NEED_TYPE, "CHANGE", SERVICE_ID, "online-banking",
        NEED, "客户要求周日也可维护"));
    ProcessInstance first = start(change);

    Map<String, Object> second = new HashMap<>(Map.of(NEED_TYPE, "CHANGE", SERVICE_ID, "online-banking",
        NEED, "客户要求提高服务级别"));
    assertThatThrownBy(() -> start(second)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("服务：该服务已有进行中的服务需求 " + first.getBusinessKey());
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ServiceLevelProcess.KEY).count())
        .isEqualTo(1);

    runtimeService.deleteProcessInstance(first.getId(), "客户撤回");
    assertThat(start(second)).as("once the first need is closed").isNotNull();
  }

  @Test
  void proposalGoesBackWithTheCommentsUntilBothApprove() {
    ProcessInstance need = start(newService());
    complete(need, TASK_PROPOSE_SOLUTION, "engineer", proposal());
    complete(need, TASK_EVALUATE_BY_QUALITY, "quality",
        Map.of(QUALITY_DECISION, "REVISE", QUALITY_COMMENT, "请补充周日维护窗口的理由"));
    complete(need, TASK_EVALUATE_BY_OPERATIONS, "manager", Map.of(OPERATIONS_DECISION, "APPROVE", OPERATIONS_COMMENT, "同意"));

    assertThat(need).isWaitingAt(TASK_PROPOSE_SOLUTION);
    assertThat(variable(need, QUALITY_COMMENT)).isEqualTo("请补充周日维护窗口的理由");
    complete(need, TASK_PROPOSE_SOLUTION, "engineer", proposal());

    assertThat(need).isWaitingAt(TASK_EVALUATE_BY_QUALITY, TASK_EVALUATE_BY_OPERATIONS);
    assertThat(variable(need, QUALITY_DECISION)).as("a new round starts undecided").isNull();
    assertThat(variable(need, OPERATIONS_DECISION)).isNull();
    complete(need, TASK_EVALUATE_BY_QUALITY, "quality", Map.of(QUALITY_DECISION, "APPROVE", QUALITY_COMMENT, "可行"));
    complete(need, TASK_EVALUATE_BY_OPERATIONS, "manager", Map.of(OPERATIONS_DECISION, "APPROVE", OPERATIONS_COMMENT, "同意"));
    assertThat(need).isWaitingAt(TASK_NEGOTIATE_SLA);
  }

  @Test
  void anyRejectionDeclinesTheNeedAndGivesUpTheDraft() {
    ProcessInstance need = start(newService());
    complete(need, TASK_PROPOSE_SOLUTION, "engineer", proposal());
    complete(need, TASK_EVALUATE_BY_QUALITY, "quality", Map.of(QUALITY_DECISION, "APPROVE", QUALITY_COMMENT, "可行"));
    complete(need, TASK_EVALUATE_BY_OPERATIONS, "manager",
        Map.of(OPERATIONS_DECISION, "REJECT", OPERATIONS_COMMENT, "无人力支撑 7×24"));

    assertThat(need).isEnded().hasPassed(END_EVENT_SERVICE_NEED_DECLINED).hasNotPassed(TASK_NEGOTIATE_SLA);
    verify(catalogue).releaseDraft("mobile-banking", need.getBusinessKey());
    verify(catalogue, never()).publish(any(), any(), any(), any(), any());
  }

  @Test
  void badNeedsAndProposalsAreRefusedWithTheFieldsNamed() {
    when(catalogue.find("online-banking-2")).thenReturn(Optional.of(new CatalogueEntry(ONLINE_BANKING,
        ServiceStatus.DRAFT, 0, null, null, null, null, null, "SLM-2026-000001")));
    Map<String, Object> taken = newService();
    taken.put(NEW_SERVICE_ID, "online-banking-2");
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(ServiceLevelProcess.KEY, taken))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("新服务编号：服务目录中已有服务 online-banking-2");
    Map<String, Object> unpublished = new HashMap<>(Map.of(NEED_TYPE, "CHANGE", SERVICE_ID, "office-oa", NEED, "x"));
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(ServiceLevelProcess.KEY, unpublished))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("服务：取值“office-oa”无效");

    ProcessInstance need = start(newService());
    Map<String, Object> bad = proposal();
    bad.put(MAINTENANCE_WINDOWS, "周六 22:00-06:00");
    bad.put(SERVICE_OWNER, "nobody");
    bad.remove(SERVICE_LEVEL);
    assertThatThrownBy(() -> complete(need, TASK_PROPOSE_SOLUTION, "engineer", bad))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("服务级别：不能为空").hasMessageContaining("维护窗口：“周六 22:00-06:00”格式有误")
        .hasMessageContaining("服务负责人：用户“nobody”不存在");
    assertThat(need).isWaitingAt(TASK_PROPOSE_SOLUTION);
  }

  @Test
  void slaValidityMustEndAfterItStarts() {
    ProcessInstance need = start(newService());
    complete(need, TASK_PROPOSE_SOLUTION, "engineer", proposal());
    complete(need, TASK_EVALUATE_BY_QUALITY, "quality", Map.of(QUALITY_DECISION, "APPROVE", QUALITY_COMMENT, "可行"));
    complete(need, TASK_EVALUATE_BY_OPERATIONS, "manager", Map.of(OPERATIONS_DECISION, "APPROVE", OPERATIONS_COMMENT, "同意"));
    complete(need, TASK_NEGOTIATE_SLA, "manager", Map.of(SLA_TERMS, "金牌服务"));

    assertThatThrownBy(() -> complete(need, TASK_SIGN_SLA, "manager", signature("2027-01-01", "2027-01-01")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("失效日期：必须晚于生效日期");
    Map<String, Object> future = signature("2027-01-01", "2027-12-31");
    future.put(SIGNED_ON, "2026-12-01");
    future.remove(SLA_DOCUMENT);
    assertThatThrownBy(() -> complete(need, TASK_SIGN_SLA, "manager", future))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("SLA文件编号或链接：不能为空").hasMessageContaining("签署日期：不能晚于今天");
    assertThat(need).isWaitingAt(TASK_SIGN_SLA);
    verify(catalogue, never()).publish(any(), any(), any(), any(), any());
  }

  @Test
  void quarterlyReviewEndsWhenEveryServiceMetItsTarget() {
    when(attainment.attainment(eq(ReportingPeriod.parse("2026-Q4")), isNull())).thenReturn(report(
        ServiceAttainment.of("online-banking", "网上银行系统", 20, 20, 0.95),
        ServiceAttainment.of("office-oa", "办公自动化系统", 0, 0, 0.95)));

    ProcessInstance review = quarterStarts();

    assertThat(review.getBusinessKey()).matches("SLM-2026-\\d{6}");
    assertThat(review).isWaitingAt(TASK_REVIEW_SLA_ATTAINMENT);
    assertThat(variable(review, PERIOD)).isEqualTo("2026-Q4");
    assertThat(variable(review, BELOW_TARGET_COUNT)).isEqualTo(0);
    assertThat((String) variable(review, ATTAINMENT_SUMMARY))
        .contains("2026-Q4 SLA达成率（目标 95.0%）", "网上银行系统（online-banking）：100.0%（达标 20 / 共 20 起）",
            "办公自动化系统（office-oa）：无事件", "全部服务：100.0%");
    complete(review, TASK_REVIEW_SLA_ATTAINMENT, "quality", Map.of(REVIEW_COMMENT, "全部达标"));

    assertThat(review).isEnded().hasPassed(END_EVENT_SLA_TARGETS_MET).hasNotPassed(TASK_PLAN_IMPROVEMENT);
  }

  @Test
  void serviceBelowTargetNeedsAnImprovementWithOwnerAndDueDate() {
    when(catalogue.find("customer-portal")).thenReturn(Optional.of(new CatalogueEntry(new ItService("customer-portal",
        "客户服务门户", "京华银行", "SILVER", SupportHours.BUSINESS_HOURS, SupportHours.BUSINESS_HOURS, false, List.of(),
        null), ServiceStatus.PUBLISHED, 1, null, null, null, Instant.parse("2026-01-01T00:00:00Z"), "system", null)));
    when(attainment.attainment(eq(ReportingPeriod.parse("2026-Q4")), isNull())).thenReturn(report(
        ServiceAttainment.of("customer-portal", "客户服务门户", 4, 3, 0.95),
        ServiceAttainment.of("online-banking", "网上银行系统", 20, 20, 0.95),
        ServiceAttainment.of("office-oa", "办公自动化系统", 10, 9, 0.95)));
    ProcessInstance review = quarterStarts();
    assertThat((String) variable(review, ATTAINMENT_SUMMARY)).contains("客户服务门户（customer-portal）：75.0%（达标 3 / 共 4 起），未达标");
    complete(review, TASK_REVIEW_SLA_ATTAINMENT, "quality", Map.of(REVIEW_COMMENT, "门户和OA未达标"));

    List<Task> plans = taskService.createTaskQuery().processInstanceId(review.getId())
        .taskDefinitionKey(TASK_PLAN_IMPROVEMENT).list();
    assertThat(plans).hasSize(2);
    assertThat(plans).extracting(plan -> taskService.getVariable(plan.getId(), IMPROVEMENT_SERVICE_ID))
        .containsExactlyInAnyOrder("customer-portal", "office-oa");
    assertThat(plans).extracting(plan -> taskService.getVariable(plan.getId(), IMPROVEMENT_SERVICE_NAME))
        .as("the catalogue's name, the id when it has none").containsExactlyInAnyOrder("客户服务门户", "office-oa");

    Task first = plans.get(0);
    assertThatThrownBy(() -> completeTask(first, "manager", Map.of(IMPROVEMENT_ACTION, "增加值班人手")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("责任人：不能为空").hasMessageContaining("完成期限：不能为空");
    assertThatThrownBy(() -> completeTask(first, "manager", Map.of(IMPROVEMENT_ACTION, "增加值班人手",
        IMPROVEMENT_OWNER, "nobody", IMPROVEMENT_DUE_DATE, "2027-01-01")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("责任人：用户“nobody”不存在").hasMessageContaining("完成期限：必须晚于今天");
    assertThat(review).isWaitingAt(TASK_PLAN_IMPROVEMENT);

    for (Task plan : plans) {
      completeTask(plan, "manager", Map.of(IMPROVEMENT_ACTION, "增加值班人手", IMPROVEMENT_OWNER, "engineer",
          IMPROVEMENT_DUE_DATE, "2027-03-31"));
    }
    assertThat(review).isEnded().hasPassed(END_EVENT_IMPROVEMENT_PLANNED);
  }

  // --- helpers -------------------------------------------------------------------------------------

  private static SlaAttainmentReport report(ServiceAttainment... services) {
    long incidents = 0;
    long met = 0;
    for (ServiceAttainment service : services) {
      incidents += service.incidents();
      met += service.met();
    }
    return new SlaAttainmentReport("2026-Q4", Instant.parse("2026-09-30T16:00:00Z"),
        Instant.parse("2026-12-31T16:00:00Z"), 0.95, List.of(services),
        ServiceAttainment.of(null, "全部服务", incidents, met, 0.95));
  }

  /** The timer of the quarter's start fires at 02:00 on 1 January; the review starts. */
  private ProcessInstance quarterStarts() {
    at("2027-01-01T12:00");
    runDueJobs();
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(ServiceLevelProcess.MONITORING_KEY).singleResult();
  }

  private void approveAndSign(ProcessInstance need) {
    complete(need, TASK_PROPOSE_SOLUTION, "engineer", proposal());
    complete(need, TASK_EVALUATE_BY_QUALITY, "quality", Map.of(QUALITY_DECISION, "APPROVE", QUALITY_COMMENT, "可行"));
    complete(need, TASK_EVALUATE_BY_OPERATIONS, "manager", Map.of(OPERATIONS_DECISION, "APPROVE", OPERATIONS_COMMENT, "同意"));
    complete(need, TASK_NEGOTIATE_SLA, "manager", Map.of(SLA_TERMS, "金牌服务"));
    complete(need, TASK_SIGN_SLA, "manager", signature("2027-01-01", "2027-12-31"));
  }

  private static Map<String, Object> newService() {
    return new HashMap<>(Map.of(NEED_TYPE, "NEW", NEW_SERVICE_ID, "mobile-banking", SERVICE_NAME, "手机银行",
        CUSTOMER, "京华银行", NEED, "客户要开通手机银行，需 7×24 支持"));
  }

  private static Map<String, Object> proposal() {
    return new HashMap<>(Map.of(SOLUTION, "复用网上银行后台，新增移动网关", SERVICE_LEVEL, "GOLD",
        SUPPORT_HOURS, "ALWAYS", SERVICE_HOURS, "BUSINESS_HOURS", KEY_SERVICE, true,
        MAINTENANCE_WINDOWS, "SATURDAY 22:00-06:00\nSUNDAY 01:00-03:00", SERVICE_OWNER, "manager"));
  }

  private static Map<String, Object> signature(String from, String to) {
    return new HashMap<>(Map.of(SLA_DOCUMENT, "SLA-2026-017", SIGNED_ON, "2026-11-30", SLA_VALID_FROM, from,
        SLA_VALID_TO, to));
  }

  private ProcessInstance start(Map<String, Object> need) {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(ServiceLevelProcess.KEY, need);
    runDueJobs();
    return instance;
  }

  private void complete(ProcessInstance instance, String taskKey, String user, Map<String, Object> values) {
    completeTask(taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
        .singleResult(), user, values);
  }

  /** Claims and completes the task as {@code user}, who is then the engine's current user. */
  private void completeTask(Task task, String user, Map<String, Object> values) {
    if (task.getAssignee() == null) {
      taskService.claim(task.getId(), user);
    }
    identityService.setAuthentication(user, List.of());
    try {
      taskService.complete(task.getId(), values);
    } finally {
      identityService.clearAuthentication();
    }
    runDueJobs();
  }

  private String candidateGroup(ProcessInstance instance, String taskKey) {
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
        .singleResult();
    return taskService.getIdentityLinksForTask(task.getId()).get(0).getGroupId();
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
