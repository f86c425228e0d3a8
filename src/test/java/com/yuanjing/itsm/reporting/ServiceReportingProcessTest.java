package com.yuanjing.itsm.reporting;

import static com.yuanjing.itsm.reporting.ServiceReportingProcess.Elements.*;
import static com.yuanjing.itsm.reporting.ServiceReportingProcess.Variables.*;
import static com.yuanjing.itsm.reporting.ReportingFixture.request;
import static com.yuanjing.itsm.testsupport.ProcessTests.at;
import static com.yuanjing.itsm.testsupport.ProcessTests.beijing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.yuanjing.itsm.servicelevel.ItService;
import com.yuanjing.itsm.servicelevel.ServiceDirectory;
import com.yuanjing.itsm.sla.SupportHours;
import com.yuanjing.itsm.testsupport.TestProcessEngine;
import com.yuanjing.itsm.validation.InvalidInputException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
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

/**
 * Service reports on the real model: drafting, quality review, approval and submission, the reminder and
 * the overdue escalation on the engine clock, cancellation, and the monthly service reports per customer.
 */
@Tag("database")
@Deployment(resources = {
    "processes/service-reporting.bpmn", "processes/service-report-scheduling.bpmn", "forms/reporting/request-report.form", "forms/reporting/draft-report.form",
    "forms/reporting/review-report.form", "forms/reporting/approve-report.form",
    "forms/reporting/submit-report.form"})
class ServiceReportingProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder(TestProcessEngine.configuration("reporting"))
      .assertClassCoverageAtLeast(0.9)
      .build();

  // Monday; due Friday 2026-11-20 18:00, reminded two working days earlier
  private static final String DUE = "2026-11-20T18:00+08:00";

  private RuntimeService runtimeService;
  private TaskService taskService;
  private HistoryService historyService;
  private ReportingFixture reports;

  @BeforeEach
  void wireDelegates() {
    ProcessEngine engine = extension.getProcessEngine();
    BpmnAwareTests.init(engine);
    runtimeService = engine.getRuntimeService();
    taskService = engine.getTaskService();
    historyService = engine.getHistoryService();
    reports = new ReportingFixture(engine, ServiceDirectory.of(List.of(
        new ItService("online-banking", "网上银行系统", "京华银行", "GOLD", SupportHours.BUSINESS_HOURS, SupportHours.BUSINESS_HOURS, false, List.of(), null),
        new ItService("core-accounting", "核心账务系统", "京华银行", "GOLD", SupportHours.BUSINESS_HOURS, SupportHours.BUSINESS_HOURS, false, List.of(), null),
        new ItService("office-oa", "办公自动化系统", "元景科技", "BRONZE", SupportHours.BUSINESS_HOURS, SupportHours.BUSINESS_HOURS, false, List.of(), null))));
    at("2026-11-02T10:00");
  }

  @AfterEach
  void reset() {
    // notices outlive the deployment
    taskService.createTaskQuery().taskNameLike("【%").list().forEach(notice -> taskService.deleteTask(notice.getId(), true));
    ClockUtil.reset();
    Mocks.reset();
  }

  @Test
  void reportIsDraftedReviewedApprovedAndSubmittedOnTime() {
    ProcessInstance report = reports.start(request(DUE));

    assertThat(report.getBusinessKey()).matches("RPT-2026-\\d{6}");
    assertThat(report).isWaitingAt(TASK_DRAFT_REPORT);
    assertThat(reports.task(report, TASK_DRAFT_REPORT).getAssignee()).isEqualTo("engineer");
    assertThat(reports.task(report, TASK_DRAFT_REPORT).getDueDate()).isEqualTo(beijing("2026-11-20T18:00"));
    assertThat(runtimeService.getVariable(report.getId(), REMINDER_AT)).isEqualTo(beijing("2026-11-18T18:00"));
    assertThat(runtimeService.getVariable(report.getId(), SERVICE_NAME)).isEqualTo("网上银行系统");
    reports.draft(report, "engineer");
    reports.passReview(report);
    reports.approve(report);
    at("2026-11-10T15:30");
    assertThat(reports.task(report, TASK_SUBMIT_REPORT).getAssignee()).as("the named author may submit it")
        .isEqualTo("engineer");
    reports.submit(report);

    assertThat(report).isEnded().hasPassed(END_EVENT_REPORT_SUBMITTED)
        .hasNotPassed(BOUNDARY_EVENT_REPORT_DUE_SOON, BOUNDARY_EVENT_REPORT_OVERDUE, END_EVENT_REPORT_CANCELLED);
    assertThat(reports.historicVariable(report, REPORT_TYPE)).isEqualTo("ACCEPTANCE_REPORT");
    assertThat(reports.historicVariable(report, CUSTOMER)).isEqualTo("京华银行");
    assertThat(reports.historicVariable(report, SERVICE_ID)).isEqualTo("online-banking");
    assertThat(reports.historicVariable(report, DUE_AT)).isEqualTo(beijing("2026-11-20T18:00"));
    assertThat(reports.historicVariable(report, SUBMITTED_AT)).isEqualTo(beijing("2026-11-10T15:30"));
    assertThat(reports.historicVariable(report, SUBMITTED_ON_TIME)).isEqualTo(true);
    assertThat(reports.historicVariable(report, SUBMITTED_BY)).isEqualTo("desk");
    assertThat(reports.historicVariable(report, REVIEWED_BY)).isEqualTo("quality");
    assertThat(notices()).isEmpty();
  }

  @Test
  void failedQualityReviewNeedsACommentAndSendsTheDraftBackUntilItPasses() {
    ProcessInstance report = reports.start(request(DUE));
    reports.draft(report, "engineer");

    Map<String, Object> notAllMet = Map.of(MEETS_QUALITY_REQUIREMENTS, true, MATCHES_BUSINESS_DIRECTION, true,
        MEETS_CUSTOMER_NEEDS, false);
    assertThatThrownBy(() -> reports.complete(report, TASK_REVIEW_REPORT_QUALITY, "quality", notAllMet))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("评审意见：不能为空");
    Map<String, Object> failed = new java.util.HashMap<>(notAllMet);
    failed.put(REVIEW_COMMENT, "未覆盖客户要求的性能指标");
    failed.put(REVIEW_PASSED, true); // the verdict is the server's, whatever a completion sends
    reports.complete(report, TASK_REVIEW_REPORT_QUALITY, "quality", failed);

    assertThat(report).isWaitingAt(TASK_DRAFT_REPORT);
    assertThat(runtimeService.getVariable(report.getId(), REVISION_REASON))
        .isEqualTo("质量评审未通过：未覆盖客户要求的性能指标");
    reports.draft(report, "engineer");
    assertThat(runtimeService.getVariable(report.getId(), MEETS_QUALITY_REQUIREMENTS))
        .as("the second review starts unticked").isNull();
    reports.passReview(report);

    assertThat(report).isWaitingAt(TASK_APPROVE_REPORT);
  }

  @Test
  void managersReturnTheReportForRevisionWithAReason() {
    ProcessInstance report = reports.start(request(DUE));
    reports.draft(report, "engineer");
    reports.passReview(report);

    assertThatThrownBy(() -> reports.complete(report, TASK_APPROVE_REPORT, "manager",
        Map.of(APPROVAL_DECISION, "REVISE"))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("审批意见：不能为空");
    reports.complete(report, TASK_APPROVE_REPORT, "manager",
        Map.of(APPROVAL_DECISION, "REVISE", APPROVAL_COMMENT, "补充下季度计划"));

    assertThat(report).isWaitingAt(TASK_DRAFT_REPORT);
    assertThat(runtimeService.getVariable(report.getId(), REVISION_REASON)).isEqualTo("审批退回：补充下季度计划");
    reports.draft(report, "engineer");
    reports.passReview(report);
    assertThat(runtimeService.getVariable(report.getId(), APPROVAL_DECISION)).isNull();
    reports.approve(report);
    reports.submit(report);
    assertThat(report).isEnded().hasPassed(END_EVENT_REPORT_SUBMITTED);
  }

  @Test
  void reminderGoesToTheWorkingGroupAndAnOverdueReportIsEscalatedAndCountsAsLate() {
    Map<String, Object> request = request(DUE);
    request.remove(AUTHOR);
    ProcessInstance report = reports.start(request);
    assertThat(reports.task(report, TASK_DRAFT_REPORT).getAssignee()).isNull();

    at("2026-11-18T17:59");
    reports.runDueJobs();
    assertThat(notices()).isEmpty();
    at("2026-11-18T18:00");
    reports.runDueJobs();
    assertThat(report).hasPassed(BOUNDARY_EVENT_REPORT_DUE_SOON, TASK_REMIND_REPORT_DUE);
    assertThat(notices()).singleElement().satisfies(notice -> {
      assertThat(notice.getName()).startsWith("【报告即将到期】" + report.getBusinessKey());
      assertThat(candidateGroups(notice)).containsExactly("ops-engineers");
    });

    reports.draft(report, "engineer2");
    at("2026-11-20T18:00");
    reports.runDueJobs();
    assertThat(report).hasPassed(BOUNDARY_EVENT_REPORT_OVERDUE, TASK_ESCALATE_OVERDUE_REPORT);
    assertThat(runtimeService.getVariable(report.getId(), OVERDUE_AT)).isEqualTo(beijing("2026-11-20T18:00"));
    assertThat(notices()).filteredOn(notice -> notice.getName().startsWith("【报告已逾期】")).singleElement()
        .satisfies(notice -> assertThat(candidateGroups(notice)).containsExactly("ops-managers"));
    assertThat(report).isWaitingAt(TASK_REVIEW_REPORT_QUALITY);

    at("2026-11-23T10:00");
    reports.passReview(report);
    reports.approve(report);
    reports.submit(report);
    assertThat(report).isEnded().hasPassed(END_EVENT_REPORT_SUBMITTED);
    assertThat(reports.historicVariable(report, SUBMITTED_ON_TIME)).isEqualTo(false);
  }

  @Test
  void managersCancelAReportTheCustomerNoLongerNeeds() {
    ProcessInstance report = reports.start(request(DUE));

    reports.cancel(report);

    assertThat(report).isEnded().hasPassed(BOUNDARY_EVENT_REPORT_CANCELLED, END_EVENT_REPORT_CANCELLED)
        .hasNotPassed(TASK_SUBMIT_REPORT, END_EVENT_REPORT_SUBMITTED);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(report.getId())
        .variableName(SUBMITTED_AT).count()).isZero();
  }

  @Test
  void monthlyTimerStartsOneServiceReportPerCustomerAndASecondRunForTheSameMonthStartsNone() {
    at("2026-12-01T08:00");
    runScheduleTimer();

    List<HistoricProcessInstance> scheduled = serviceReports();
    assertThat(scheduled).hasSize(2);
    assertThat(scheduled).extracting(instance -> variable(instance, CUSTOMER))
        .containsExactlyInAnyOrder("京华银行", "元景科技");
    for (HistoricProcessInstance instance : scheduled) {
      assertThat(instance.getBusinessKey()).matches("RPT-2026-\\d{6}");
      assertThat(variable(instance, REPORT_TYPE)).isEqualTo("SERVICE_REPORT");
      assertThat(variable(instance, REPORT_PERIOD)).isEqualTo("2026-11");
      assertThat(variable(instance, DUE_AT)).as("five working days after November")
          .isEqualTo(beijing("2026-12-07T18:00"));
      assertThat(variable(instance, AUTHOR)).isNull();
      assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult())
          .isWaitingAt(TASK_DRAFT_REPORT);
    }
    HistoricProcessInstance run = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ServiceReportingProcess.SCHEDULING_KEY).singleResult();
    assertThat(run.getEndActivityId()).isEqualTo(END_EVENT_SERVICE_REPORTS_SCHEDULED);

    runScheduleTimer();

    assertThat(serviceReports()).hasSize(2);
  }

  @Test
  void lateRunStillSchedulesAndACustomerWhoseReportCannotStartStopsNoOther() {
    String tooLong = "某".repeat(101);
    reports = new ReportingFixture(extension.getProcessEngine(), ServiceDirectory.of(List.of(
        new ItService("online-banking", "网上银行系统", "京华银行", "GOLD", SupportHours.BUSINESS_HOURS, SupportHours.BUSINESS_HOURS, false, List.of(), null),
        new ItService("legacy-crm", "客户关系系统", tooLong, "BRONZE", SupportHours.BUSINESS_HOURS, SupportHours.BUSINESS_HOURS, false, List.of(), null),
        new ItService("office-oa", "办公自动化系统", "元景科技", "BRONZE", SupportHours.BUSINESS_HOURS, SupportHours.BUSINESS_HOURS, false, List.of(), null))));
    at("2026-12-09T10:00"); // the run comes after the reports' due date, 2026-12-07 18:00

    runScheduleTimer();

    assertThat(serviceReports()).extracting(instance -> variable(instance, CUSTOMER))
        .containsExactlyInAnyOrder("京华银行", "元景科技");
    assertThat(serviceReports()).allSatisfy(instance ->
        assertThat(variable(instance, DUE_AT)).isEqualTo(beijing("2026-12-07T18:00")));
    assertThat(historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ServiceReportingProcess.SCHEDULING_KEY).singleResult().getEndActivityId())
        .isEqualTo(END_EVENT_SERVICE_REPORTS_SCHEDULED);
    assertThat(taskService.createTaskQuery().taskNameLike("【服务报告未能创建】%").list()).singleElement()
        .satisfies(notice -> {
          assertThat(notice.getName()).isEqualTo("【服务报告未能创建】2026-11 " + tooLong);
          assertThat(notice.getDescription()).contains("客户：不能超过");
          assertThat(candidateGroups(notice)).containsExactly("ops-managers");
        });

    runScheduleTimer();

    assertThat(serviceReports()).as("a second run starts nothing twice").hasSize(2);
  }

  @Test
  void quarterlyCustomersGetOneReportPerQuarterOnTheFirstDayOfTheNext() {
    reports = new ReportingFixture(extension.getProcessEngine(), ServiceDirectory.of(List.of(
        new ItService("online-banking", "网上银行系统", "京华银行", "GOLD", SupportHours.BUSINESS_HOURS, SupportHours.BUSINESS_HOURS, false, List.of(), null),
        new ItService("office-oa", "办公自动化系统", "元景科技", "BRONZE", SupportHours.BUSINESS_HOURS, SupportHours.BUSINESS_HOURS, false, List.of(), null))),
        new ReportingProperties(5, 2, List.of(" 元景科技 ")));
    at("2026-10-01T08:00");

    runScheduleTimer();

    assertThat(serviceReports()).extracting(instance -> variable(instance, CUSTOMER) + " " + variable(instance, REPORT_PERIOD))
        .containsExactlyInAnyOrder("京华银行 2026-09", "元景科技 2026-Q3");
    HistoricProcessInstance quarterly = serviceReports().stream()
        .filter(instance -> "元景科技".equals(variable(instance, CUSTOMER))).findFirst().orElseThrow();
    assertThat(variable(quarterly, TITLE)).isEqualTo("元景科技 2026年第3季度服务报告");
    assertThat(variable(quarterly, DUE_AT)).as("five working days after the quarter, National Day skipped")
        .isEqualTo(beijing("2026-10-13T18:00"));

    runScheduleTimer();
    at("2026-11-01T08:00");
    runScheduleTimer();

    assertThat(serviceReports()).extracting(instance -> variable(instance, CUSTOMER) + " " + variable(instance, REPORT_PERIOD))
        .as("nothing twice, and nothing for the quarterly customer in a month that ends no quarter")
        .containsExactlyInAnyOrder("京华银行 2026-09", "元景科技 2026-Q3", "京华银行 2026-10");
  }

  @Test
  void invalidRequestIsRefusedWithEveryFieldNamedAndStartsNothing() {
    Map<String, Object> invalid = request("2026-11-01T18:00+08:00");
    invalid.put(REPORT_TYPE, "MEMO");
    invalid.put(CUSTOMER, "元景科技");
    invalid.put(AUTHOR, "quality");
    invalid.put(SUBMITTED_AT, "2026-11-01T10:00+08:00");

    assertThatThrownBy(() -> reports.start(invalid)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("报告类型：取值“MEMO”无效").hasMessageContaining("截止时间：必须晚于当前时间")
        .hasMessageContaining("客户：与所选服务的客户（京华银行）不一致")
        .hasMessageContaining("编写人：“quality”不是运维工程师组的用户")
        .hasMessageContaining("submittedAt：未知字段");
    Map<String, Object> empty = Map.of(DUE_AT, "下周五");
    assertThatThrownBy(() -> reports.start(empty)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("报告类型：不能为空").hasMessageContaining("客户：不能为空")
        .hasMessageContaining("报告标题：不能为空").hasMessageContaining("截止时间：不是有效的时间")
        .hasMessageContaining("报告要求：不能为空");
    assertThat(historyService.createHistoricProcessInstanceQuery().count()).isZero();
  }

  @Test
  void nobodyReviewsAReportTheyWrote() {
    ProcessInstance named = reports.start(request(DUE));
    reports.draft(named, "engineer");
    assertThatThrownBy(() -> reports.complete(named, TASK_REVIEW_REPORT_QUALITY, "engineer",
        Map.of(MEETS_QUALITY_REQUIREMENTS, true, MATCHES_BUSINESS_DIRECTION, true, MEETS_CUSTOMER_NEEDS, true)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("报告编写人不能评审自己的报告");

    Map<String, Object> unnamed = request(DUE);
    unnamed.remove(AUTHOR);
    ProcessInstance report = reports.start(unnamed);
    reports.draft(report, "engineer2");
    assertThatThrownBy(() -> reports.complete(report, TASK_REVIEW_REPORT_QUALITY, "engineer2",
        Map.of(MEETS_QUALITY_REQUIREMENTS, true, MATCHES_BUSINESS_DIRECTION, true, MEETS_CUSTOMER_NEEDS, true,
            AUTHOR, "someone-else")))
        .as("the drafter as history recorded them, whatever the completion claims")
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("报告编写人不能评审自己的报告");
  }

  // --- steps and lookups -------------------------------------------------------------------------------------

  /** Runs the monthly timer's job now, whatever its due date (as a retry or a second node would). */
  private void runScheduleTimer() {
    Job timer = extension.getProcessEngine().getManagementService().createJobQuery()
        .processDefinitionKey(ServiceReportingProcess.SCHEDULING_KEY).timers().activityId(START_EVENT_SERVICE_REPORTS_DUE)
        .singleResult();
    extension.getProcessEngine().getManagementService().executeJob(timer.getId());
    reports.runDueJobs();
  }

  private List<HistoricProcessInstance> serviceReports() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ServiceReportingProcess.KEY)
        .variableValueEquals(REPORT_TYPE, "SERVICE_REPORT").list();
  }

  private Object variable(HistoricProcessInstance instance, String name) {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(name).singleResult().getValue();
  }

  private List<Task> notices() {
    return taskService.createTaskQuery().taskNameLike("【报告%").list();
  }

  private List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().map(link -> link.getGroupId()).toList();
  }
}
