package com.yuanjing.itsm.kpi;

import static com.yuanjing.itsm.kpi.KpiReviewProcess.Elements.*;
import static com.yuanjing.itsm.kpi.KpiReviewProcess.Variables.*;
import static com.yuanjing.itsm.testsupport.ProcessTests.BEIJING;
import static com.yuanjing.itsm.testsupport.ProcessTests.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.yuanjing.itsm.servicelevel.ServiceLevelTaskFormValidator;
import com.yuanjing.itsm.testsupport.ProcessTests;
import com.yuanjing.itsm.testsupport.TestProcessEngine;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
 * The monthly KPI review on the real models: at the start of every month it judges each KPI whose period just
 * closed and starts one improvement per KPI below target, for its owner; running again starts nothing twice.
 */
@Tag("database")
@Deployment(resources = {"processes/kpi-review.bpmn", "processes/kpi-improvement.bpmn",
    "forms/kpi/plan-kpi-improvement.form"})
class KpiReviewProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder(TestProcessEngine.configuration("kpi-review"))
      .assertClassCoverageAtLeast(0.9)
      .build();

  private ProcessEngine engine;
  private RuntimeService runtimeService;
  private TaskService taskService;
  private ManagementService managementService;
  private final KpiService kpis = mock(KpiService.class);

  @BeforeEach
  void wire() {
    engine = extension.getProcessEngine();
    BpmnAwareTests.init(engine);
    runtimeService = engine.getRuntimeService();
    taskService = engine.getTaskService();
    managementService = engine.getManagementService();
    Mocks.register("startKpiImprovementsDelegate",
        new StartKpiImprovementsDelegate(new KpiReviews(kpis, KpiReviewFixture.objectives(), engine)));
    Mocks.register("validateKpiImprovementTaskListener",
        new ValidateKpiImprovementTaskListener(new ServiceLevelTaskFormValidator(Set.of("quality")::contains), BEIJING));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    Mocks.reset();
  }

  @Test
  void firstOfAprilStartsAnImprovementForEachKpiBelowTargetInMarchOrTheFirstQuarter() {
    KpiReviewFixture.judge(kpis, Set.of(Kpi.SLA_ATTAINMENT, Kpi.INCIDENT_RESPONSE));
    at("2026-04-01T02:00");

    ProcessInstance review = review();

    assertThat(review).isEnded().hasPassed(TASK_START_IMPROVEMENTS, END_EVENT_IMPROVEMENTS_STARTED)
        .hasNotPassed(END_EVENT_ALL_KPIS_MET);
    assertThat(historic(review, BELOW_TARGET_COUNT)).isEqualTo(2);
    assertThat(historic(review, IMPROVEMENT_KEYS))
        .isEqualTo("KPI-sla-attainment-2026-Q1,KPI-incident-response-2026-03");
    assertThat((String) historic(review, REVIEWED_PERIODS)).startsWith("SLA达成率 2026-Q1、服务报告提交及时率 2026-Q1、")
        .endsWith("容量事件次数 2026-Q1").doesNotContain("信息泄露次数");
    verify(kpis, times(11)).value(any(), any(), isNull());

    assertThat(task("KPI-incident-response-2026-03")).hasCandidateGroup("ops-managers");
    ProcessInstance slaImprovement = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey("KPI-sla-attainment-2026-Q1").singleResult();
    Task sla = task("KPI-sla-attainment-2026-Q1");
    assertThat(sla).hasCandidateGroup("quality");
    taskService.claim(sla.getId(), "quality");
    taskService.complete(sla.getId(), Map.of(IMPROVEMENT_CAUSE, "两项服务夜间响应超时", IMPROVEMENT_ACTION,
        "调整夜间排班", IMPROVEMENT_OWNER, "quality", IMPROVEMENT_DUE_DATE, "2026-05-31"));
    assertThat(slaImprovement).isEnded().hasPassed(END_EVENT_IMPROVEMENT_PLANNED);
  }

  @Test
  void theReviewIsDueAtTwoOClockOnTheFirstOfEveryMonth() {
    at("2026-01-15T10:00");
    managementService.executeJob(reviewTimer().getId()); // as if it were due: a review and the next timer

    LocalDateTime next = LocalDateTime.ofInstant(reviewTimer().getDuedate().toInstant(), ZoneId.systemDefault());
    assertThat(next.getDayOfMonth()).isEqualTo(1);
    assertThat(next.toLocalTime()).hasToString("02:00");
  }

  @Test
  void whenEveryKpiMetItsTargetTheReviewEndsWithoutImprovements() {
    KpiReviewFixture.judge(kpis, Set.of());
    at("2026-02-01T02:00");

    ProcessInstance review = review();

    assertThat(review).isEnded().hasPassed(END_EVENT_ALL_KPIS_MET).hasNotPassed(END_EVENT_IMPROVEMENTS_STARTED);
    assertThat(historic(review, BELOW_TARGET_COUNT)).isEqualTo(0);
    assertThat(historic(review, REVIEWED_PERIODS))
        .isEqualTo("事件响应及时率 2026-01、事件按时解决率 2026-01、关键服务可用率 2026-01、服务中断事件数量 2026-01");
    assertThat(improvements()).isEmpty();
  }

  @Test
  void aReviewThatRunsAgainStartsNoSecondImprovement() {
    KpiReviewFixture.judge(kpis, Set.of(Kpi.INFORMATION_LEAKS, Kpi.OUTAGES));
    at("2026-01-01T02:00");
    ProcessInstance first = review();
    at("2026-01-05T09:00");
    ProcessInstance second = review();

    assertThat(first).hasPassed(END_EVENT_IMPROVEMENTS_STARTED);
    assertThat(second).hasPassed(END_EVENT_IMPROVEMENTS_STARTED);
    assertThat(historic(second, IMPROVEMENT_KEYS)).isEqualTo("KPI-outages-2025-12,KPI-information-leaks-2025");
    assertThat(improvements()).extracting(ProcessInstance::getBusinessKey)
        .containsExactlyInAnyOrder("KPI-outages-2025-12", "KPI-information-leaks-2025");
  }

  @Test
  void aKpiThatCannotBeJudgedFailsTheReviewAfterTheOthersAndItsRetryStartsOnlyWhatIsMissing() {
    AtomicBoolean availabilityBroken = new AtomicBoolean(true);
    KpiReviewFixture.judge(kpis, (kpi, period) -> {
      if (kpi == Kpi.AVAILABILITY && availabilityBroken.get()) {
        throw new IllegalStateException("服务目录不可用");
      }
      return KpiReviewFixture.value(kpi, period,
          kpi == Kpi.AVAILABILITY || kpi == Kpi.INCIDENT_RESOLUTION ? KpiStatus.NOT_MET : KpiStatus.MET);
    });
    at("2026-03-01T02:00");
    managementService.executeJob(reviewTimer().getId());
    ProcessInstance review = runtimeService.createProcessInstanceQuery().processDefinitionKey(KpiReviewProcess.KEY)
        .singleResult();
    Job job = managementService.createJobQuery().processInstanceId(review.getId()).singleResult();

    assertThatThrownBy(() -> managementService.executeJob(job.getId()))
        .hasMessageContaining("KPI-availability-2026-02");
    assertThat(improvements()).extracting(ProcessInstance::getBusinessKey)
        .containsExactly("KPI-incident-resolution-2026-02");

    availabilityBroken.set(false);
    ProcessTests.runDueJobs(managementService);
    assertThat(improvements()).extracting(ProcessInstance::getBusinessKey)
        .containsExactlyInAnyOrder("KPI-incident-resolution-2026-02", "KPI-availability-2026-02");
    assertThat(review).isEnded().hasPassed(END_EVENT_IMPROVEMENTS_STARTED);
  }

  /** Fires the review's timer as the job executor would when it is due, and runs the review. */
  private ProcessInstance review() {
    managementService.executeJob(reviewTimer().getId());
    ProcessInstance review = runtimeService.createProcessInstanceQuery().processDefinitionKey(KpiReviewProcess.KEY)
        .singleResult();
    ProcessTests.runDueJobs(managementService);
    return review;
  }

  private Job reviewTimer() {
    return managementService.createJobQuery().processDefinitionKey(KpiReviewProcess.KEY).timers().singleResult();
  }

  private List<ProcessInstance> improvements() {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(KpiReviewProcess.IMPROVEMENT_KEY).list();
  }

  private Task task(String businessKey) {
    return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
  }

  private Object historic(ProcessInstance instance, String name) {
    return ProcessTests.historicVariable(engine.getHistoryService(), instance, name);
  }
}
