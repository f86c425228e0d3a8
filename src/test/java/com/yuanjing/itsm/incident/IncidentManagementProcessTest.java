package com.yuanjing.itsm.incident;

import static com.yuanjing.itsm.incident.IncidentProcess.Elements.*;
import static com.yuanjing.itsm.incident.IncidentProcess.Variables.*;
import static com.yuanjing.itsm.testsupport.ProcessTests.BEIJING;
import static com.yuanjing.itsm.testsupport.ProcessTests.at;
import static com.yuanjing.itsm.testsupport.ProcessTests.beijing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.yuanjing.itsm.availability.AvailabilityProcess.IncidentVariables;
import com.yuanjing.itsm.availability.OutageReports;
import com.yuanjing.itsm.availability.OutageSource;
import com.yuanjing.itsm.availability.ReportIncidentOutageListener;
import com.yuanjing.itsm.availability.RestoreIncidentOutageListener;
import com.yuanjing.itsm.configuration.AffectedServices;
import com.yuanjing.itsm.configuration.ConfigurationItemService;
import com.yuanjing.itsm.notification.NotificationService;
import com.yuanjing.itsm.notification.NotifyGroupDelegate;
import com.yuanjing.itsm.audit.ProcessRecords;
import com.yuanjing.itsm.numbering.BusinessKeys;
import com.yuanjing.itsm.problem.ProblemService;
import com.yuanjing.itsm.problem.ProblemTrigger;
import com.yuanjing.itsm.security.HandOverSecurityEventListener;
import com.yuanjing.itsm.servicelevel.ItService;
import com.yuanjing.itsm.servicelevel.ServiceDirectory;
import com.yuanjing.itsm.sla.BusinessCalendar;
import com.yuanjing.itsm.sla.HolidayCalendarLoader;
import com.yuanjing.itsm.sla.SlaAlertDelegate;
import com.yuanjing.itsm.sla.SlaClockService;
import com.yuanjing.itsm.sla.SupportHours;
import com.yuanjing.itsm.sla.SlaTimerJobs;
import com.yuanjing.itsm.sla.StartSlaClocksDelegate;
import com.yuanjing.itsm.testsupport.ProcessTests;
import com.yuanjing.itsm.testsupport.TestProcessEngine;
import com.yuanjing.itsm.validation.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.identity.User;
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
import org.springframework.jdbc.core.JdbcTemplate;

/** The incident lifecycle on the real model and DMN tables, with the engine clock in Beijing time. */
@Tag("database")
@Deployment(resources = {
    "processes/incident-management.bpmn", "processes/incident-priority.dmn", "processes/sla-targets.dmn",
    "processes/problem-trigger.dmn",
    "forms/incident/incident-report.form", "forms/incident/accept-incident.form",
    "forms/incident/resolve-incident.form", "forms/incident/wait-for-customer.form",
    "forms/incident/review-escalation.form", "forms/incident/confirm-resolution.form",
    "forms/incident/review-major-incident.form"})
class IncidentManagementProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder(TestProcessEngine.configuration("incident"))
      .assertClassCoverageAtLeast(0.9)
      .build();

  /** A Monday without holidays around it: 2026-11-30. */
  private static final String MONDAY = "2026-11-30";

  private RuntimeService runtimeService;
  private TaskService taskService;
  private ManagementService managementService;
  private HistoryService historyService;
  private final AtomicLong numbers = new AtomicLong();
  private ProblemService problems;
  private OutageReports outages;

  @BeforeEach
  void wireDelegates() throws IOException {
    ProcessEngine engine = extension.getProcessEngine();
    BpmnAwareTests.init(engine);
    runtimeService = engine.getRuntimeService();
    taskService = engine.getTaskService();
    managementService = engine.getManagementService();
    historyService = engine.getHistoryService();
    JdbcTemplate historyJdbc = TestProcessEngine.jdbc(engine);

    BusinessCalendar calendar;
    try (InputStream holidays = getClass().getResourceAsStream("/calendar/china-holidays.yaml")) {
      calendar = new BusinessCalendar(BEIJING, LocalTime.of(9, 0), LocalTime.of(18, 0),
          HolidayCalendarLoader.load(holidays, "china-holidays.yaml"));
    }
    ServiceDirectory services = ServiceDirectory.of(List.of(
        new ItService("online-banking", "网上银行系统", null, "GOLD", SupportHours.ALWAYS, SupportHours.ALWAYS, true,
            List.of(), null),
        new ItService("customer-portal", "客户服务门户", "SILVER"),
        new ItService("office-oa", "办公自动化系统", "BRONZE"),
        // a SILVER level whose customer agreed on 7×24 support: the clock is the catalogue's, not the level's
        new ItService("payroll", "薪资系统", null, "SILVER", SupportHours.ALWAYS, SupportHours.BUSINESS_HOURS, false,
            List.of(), null)));
    BusinessKeys businessKeys = prefix -> BusinessKeys.format(prefix, 2026, numbers.incrementAndGet());
    IncidentService incidents = new IncidentService(new IncidentReportValidator(services), services, businessKeys,
        runtimeService, new ProcessRecords(historyService), new AffectedServices(mock(ConfigurationItemService.class), services));
    SlaClockService clocks = new SlaClockService(calendar);
    ResolutionClock resolutionClock = new ResolutionClock(clocks, new SlaTimerJobs(managementService));
    NotificationService notifications = new NotificationService(taskService);

    Mocks.register("registerIncidentListener", new RegisterIncidentListener(incidents));
    Mocks.register("startSlaClocksDelegate", new StartSlaClocksDelegate(clocks));
    Mocks.register("notifyGroupDelegate", new NotifyGroupDelegate(notifications));
    Mocks.register("slaAlertDelegate", new SlaAlertDelegate(notifications));
    Mocks.register("recordResponseListener", new RecordResponseListener());
    Mocks.register("resetResolveChoicesListener", new ResetResolveChoicesListener());
    Mocks.register("validateTaskFormListener", new ValidateTaskFormListener(new IncidentTaskFormValidator()));
    Mocks.register("pauseResolutionClockListener", new PauseResolutionClockListener(resolutionClock));
    Mocks.register("resumeResolutionClockListener", new ResumeResolutionClockListener(resolutionClock));
    Mocks.register("reassignIncidentDelegate", new ReassignIncidentDelegate(engine.getIdentityService()));
    Mocks.register("recordResolutionDelegate", new RecordResolutionDelegate(clocks));
    Mocks.register("reopenIncidentDelegate", new ReopenIncidentDelegate(resolutionClock));
    Mocks.register("closeIncidentDelegate", new CloseIncidentDelegate());
    Mocks.register("countRecentIncidentsDelegate",
        new CountRecentIncidentsDelegate(new IncidentStatistics(historyJdbc)));
    // security incident management is another process; SecurityHandOverIntegrationTest covers the hand-over
    Mocks.register("handOverSecurityEventListener", mock(HandOverSecurityEventListener.class));
    // problem management is another process: here only whether and how it is asked to raise a problem
    problems = mock(ProblemService.class);
    when(problems.raiseForIncident(any())).thenReturn("PRB-2026-000001");
    Mocks.register("raiseProblemDelegate",
        new RaiseProblemDelegate(problems, new IncidentStatistics(historyJdbc)));

    // availability management is another process: here only whether outages are reported and restored
    outages = mock(OutageReports.class);
    when(outages.report(any())).thenReturn(new OutageReports.Reported("OUT-2026-000001", false));
    Mocks.register("reportIncidentOutageListener", new ReportIncidentOutageListener(outages));
    Mocks.register("restoreIncidentOutageListener", new RestoreIncidentOutageListener(outages));

    ensureEngineer(engine.getIdentityService(), "engineer");
    ensureEngineer(engine.getIdentityService(), "engineer2");
  }

  @AfterEach
  void resetClockAndNotices() {
    ClockUtil.reset();
    Mocks.reset();
    notices().forEach(notice -> taskService.deleteTask(notice.getId(), true));
  }

  @Test
  void incidentGoesFromReportToClosureWithinItsSla() {
    at(MONDAY + "T10:00");
    ProcessInstance incident = report("customer-portal", "MEDIUM", "MEDIUM", false);

    assertThat(incident).isWaitingAt(TASK_ACCEPT_INCIDENT);
    assertThat(incident.getBusinessKey()).matches("INC-2026-\\d{6}");
    assertThat(variable(incident, INCIDENT_NUMBER)).isEqualTo(incident.getBusinessKey());
    assertThat(variable(incident, PRIORITY)).isEqualTo("P3");
    assertThat(variable(incident, SERVICE_LEVEL)).isEqualTo("SILVER");
    assertThat(variable(incident, SUPPORT_HOURS)).isEqualTo("BUSINESS_HOURS");
    assertThat(variable(incident, MAJOR)).isEqualTo(false);
    // SILVER P3: respond within 2 business hours, resolve within 27 (three working days)
    assertThat(date(incident, RESPONSE_DUE_AT)).isEqualTo(beijing(MONDAY + "T12:00"));
    assertThat(date(incident, RESPONSE_WARNING_AT)).isEqualTo(beijing(MONDAY + "T11:30"));
    assertThat(date(incident, RESOLUTION_DUE_AT)).isEqualTo(beijing("2026-12-03T10:00"));
    assertThat(date(incident, RESOLUTION_WARNING_AT)).isEqualTo(beijing("2026-12-02T12:15"));
    Task accept = task(incident);
    assertThat(accept.getDueDate()).isEqualTo(beijing(MONDAY + "T12:00"));
    assertThat(taskService.getIdentityLinksForTask(accept.getId()))
        .anyMatch(link -> "ops-engineers".equals(link.getGroupId()));

    at(MONDAY + "T10:30");
    work(incident, TASK_ACCEPT_INCIDENT, "engineer", Map.of("acceptanceNote", "已联系用户"));
    assertThat(date(incident, RESPONDED_AT)).isEqualTo(beijing(MONDAY + "T10:30"));
    Task resolve = task(incident);
    assertThat(resolve.getTaskDefinitionKey()).isEqualTo(TASK_RESOLVE_INCIDENT);
    assertThat(resolve.getAssignee()).isEqualTo("engineer");
    assertThat(resolve.getDueDate()).isEqualTo(beijing("2026-12-03T10:00"));

    at(MONDAY + "T14:00");
    work(incident, TASK_RESOLVE_INCIDENT, "engineer", resolved());
    assertThat(date(incident, RESOLVED_AT)).isEqualTo(beijing(MONDAY + "T14:00"));
    assertThat(date(incident, CONFIRMATION_DUE_AT)).isEqualTo(beijing("2026-12-03T14:00"));
    assertThat(incident).isWaitingAt(TASK_CONFIRM_RESOLUTION);
    assertThat(task(incident).getDueDate()).isEqualTo(beijing("2026-12-03T14:00"));

    at("2026-12-01T09:30");
    work(incident, TASK_CONFIRM_RESOLUTION, "desk", Map.of("confirmationResult", "CONFIRMED", "closureCode", "RESOLVED"));

    assertThat(incident).isEnded().hasPassed(TASK_CLOSE_INCIDENT, END_EVENT_INCIDENT_CLOSED)
        .hasNotPassed(TASK_NOTIFY_MAJOR_INCIDENT, TASK_REVIEW_MAJOR_INCIDENT);
    assertThat(historicVariable(incident, CLOSURE_CODE)).isEqualTo("RESOLVED");
    assertThat(historicVariable(incident, CLOSED_AT)).isEqualTo(beijing("2026-12-01T09:30"));
    assertThat(historicVariable(incident, SLA_PAUSED_MILLIS)).isEqualTo(0L);
    assertThat(historicVariable(incident, REOPEN_COUNT)).isEqualTo(0);
    assertThat(notices()).isEmpty();
    verify(problems, never()).raiseForIncident(any());
  }

  @Test
  void slaClockIsTheSupportHoursOfTheServiceInTheCatalogue() {
    at(MONDAY + "T17:00");
    ProcessInstance incident = report("payroll", "MEDIUM", "MEDIUM", false);

    assertThat(variable(incident, SERVICE_LEVEL)).isEqualTo("SILVER");
    assertThat(variable(incident, SUPPORT_HOURS)).isEqualTo("ALWAYS");
    // SILVER P3 targets (2 h, 27 h) on the 7×24 clock: through the evening and the night
    assertThat(date(incident, RESPONSE_DUE_AT)).isEqualTo(beijing(MONDAY + "T19:00"));
    assertThat(date(incident, RESOLUTION_DUE_AT)).isEqualTo(beijing("2026-12-01T20:00"));
  }

  @Test
  void thirdIncidentOfAServiceAndCategoryWithinThirtyDaysRaisesAProblem() {
    Map<String, Object> networkFault = Map.of("category", "NETWORK", "diagnosis", "交换机端口异常",
        "resolveOutcome", "RESOLVED", "resolutionNote", "更换端口");
    ProcessInstance third = null;
    List<String> keys = new java.util.ArrayList<>();
    for (String day : List.of("2026-11-02", "2026-11-16", "2026-11-30")) {
      at(day + "T10:00");
      third = report("office-oa", "LOW", "MEDIUM", false);
      keys.add(third.getBusinessKey());
      work(third, TASK_ACCEPT_INCIDENT, "engineer", Map.of());
      work(third, TASK_RESOLVE_INCIDENT, "engineer", networkFault);
      work(third, TASK_CONFIRM_RESOLUTION, "desk", Map.of("confirmationResult", "CONFIRMED", "closureCode", "RESOLVED"));
    }

    assertThat(historicVariable(third, RECENT_INCIDENT_COUNT)).isEqualTo(3L);
    assertThat(third).isEnded().hasPassed(TASK_RAISE_PROBLEM);
    verify(problems).raiseForIncident(new ProblemTrigger(third.getBusinessKey(), keys, "office-oa", "NETWORK",
        "系统无法访问", "RECURRING_INCIDENTS", "30天内同一服务同一分类的事件达到3次"));
  }

  @Test
  void p1IncidentIsMajorManagersAreToldAtOnceAndReviewIt() {
    at(MONDAY + "T10:00");
    ProcessInstance incident = report("online-banking", "HIGH", "HIGH", false);

    assertThat(variable(incident, PRIORITY)).isEqualTo("P1");
    assertThat(variable(incident, MAJOR)).isEqualTo(true);
    assertThat(incident).hasPassed(TASK_NOTIFY_MAJOR_INCIDENT).isWaitingAt(TASK_ACCEPT_INCIDENT);
    assertThat(notices()).extracting(Task::getName).containsExactly("【重大事件】" + incident.getBusinessKey() + " 系统无法访问");
    // GOLD P1 runs 7x24: 15 minutes to respond, 4 hours to resolve
    assertThat(date(incident, RESPONSE_DUE_AT)).isEqualTo(beijing(MONDAY + "T10:15"));
    assertThat(date(incident, RESOLUTION_DUE_AT)).isEqualTo(beijing(MONDAY + "T14:00"));

    work(incident, TASK_ACCEPT_INCIDENT, "engineer", Map.of());
    work(incident, TASK_RESOLVE_INCIDENT, "engineer", resolved());
    work(incident, TASK_CONFIRM_RESOLUTION, "desk", Map.of("confirmationResult", "CONFIRMED", "closureCode", "WORKAROUND"));

    assertThat(incident).isWaitingAt(TASK_REVIEW_MAJOR_INCIDENT);
    assertThat(taskService.getIdentityLinksForTask(task(incident).getId()))
        .anyMatch(link -> "ops-managers".equals(link.getGroupId()));
    work(incident, TASK_REVIEW_MAJOR_INCIDENT, "manager",
        Map.of("reviewSummary", "数据库连接池耗尽", "lessonsLearned", "增加连接池监控", "problemRequired", true));
    assertThat(incident).isEnded().hasPassed(TASK_RAISE_PROBLEM, END_EVENT_INCIDENT_CLOSED);
    verify(problems).raiseForIncident(new ProblemTrigger(incident.getBusinessKey(), List.of(), "online-banking",
        "APPLICATION", "系统无法访问", "MAJOR_INCIDENT", "重大事件回顾要求发起问题管理"));
    assertThat(historicVariable(incident, PROBLEM_KEY)).isEqualTo("PRB-2026-000001");
  }

  @Test
  void incidentFlaggedMajorAtIntakeFollowsTheMajorPathWhateverItsPriority() {
    at(MONDAY + "T10:00");
    ProcessInstance incident = report("office-oa", "LOW", "LOW", true);

    assertThat(variable(incident, PRIORITY)).isEqualTo("P4");
    assertThat(incident).hasPassed(TASK_NOTIFY_MAJOR_INCIDENT).isWaitingAt(TASK_ACCEPT_INCIDENT);
  }

  @Test
  void waitingForTheCustomerPausesTheResolutionClock() {
    at(MONDAY + "T10:00");
    ProcessInstance incident = report("customer-portal", "MEDIUM", "MEDIUM", false);
    work(incident, TASK_ACCEPT_INCIDENT, "engineer", Map.of());
    at(MONDAY + "T11:00");
    work(incident, TASK_RESOLVE_INCIDENT, "engineer", Map.of("category", "APPLICATION", "diagnosis", "需要日志",
        "resolveOutcome", "WAIT_FOR_CUSTOMER", "customerQuestion", "请提供报错截图"));

    assertThat(incident).isWaitingAt(TASK_WAIT_FOR_CUSTOMER);
    assertThat(task(incident).getAssignee()).isEqualTo("engineer");
    assertThat(resolutionTimers(incident)).allMatch(Job::isSuspended).hasSize(2);

    // past the original due date (Thursday 10:00), still waiting: nothing fires
    at("2026-12-03T11:00");
    runDueJobs();
    assertThat(variable(incident, RESOLUTION_BREACHED)).isEqualTo(false);
    assertThat(notices()).isEmpty();

    work(incident, TASK_WAIT_FOR_CUSTOMER, "engineer", Map.of("customerReply", "截图已发送"));

    // stopped Monday 11:00 to Thursday 11:00: 7 + 9 + 9 + 2 = 27 business hours
    assertThat(variable(incident, SLA_PAUSED_MILLIS)).isEqualTo(Duration.ofHours(27).toMillis());
    assertThat(date(incident, RESOLUTION_DUE_AT)).isEqualTo(beijing("2026-12-08T10:00"));
    assertThat(date(incident, RESOLUTION_WARNING_AT)).isEqualTo(beijing("2026-12-07T12:15"));
    assertThat(resolutionTimers(incident)).noneMatch(Job::isSuspended)
        .extracting(Job::getDuedate)
        .containsExactlyInAnyOrder(beijing("2026-12-08T10:00"), beijing("2026-12-07T12:15"));
    assertThat(incident).isWaitingAt(TASK_RESOLVE_INCIDENT);
    assertThat(task(incident).getDueDate()).isEqualTo(beijing("2026-12-08T10:00"));
    assertThat(variable(incident, RESOLVE_OUTCOME)).as("last round's choice is not offered again").isNull();
  }

  @Test
  void customerRejectsTheResolutionAndTheClockResumesWhereItStopped() {
    at(MONDAY + "T10:00");
    ProcessInstance incident = report("customer-portal", "MEDIUM", "MEDIUM", false);
    work(incident, TASK_ACCEPT_INCIDENT, "engineer", Map.of());
    at(MONDAY + "T14:00");
    work(incident, TASK_RESOLVE_INCIDENT, "engineer", resolved());

    at("2026-12-01T14:00");
    work(incident, TASK_CONFIRM_RESOLUTION, "desk", Map.of("confirmationResult", "NOT_RESOLVED", "reopenReason", "仍然报错"));

    assertThat(incident).isWaitingAt(TASK_RESOLVE_INCIDENT).hasPassed(TASK_REOPEN_INCIDENT);
    assertThat(task(incident).getAssignee()).isEqualTo("engineer");
    assertThat(variable(incident, REOPEN_COUNT)).isEqualTo(1);
    assertThat(variable(incident, RESOLVED_AT)).isNull();
    assertThat(variable(incident, CONFIRMATION_RESULT)).isNull();
    // resolved Monday 14:00, reopened Tuesday 14:00: 4 + 5 = 9 business hours stood still
    assertThat(variable(incident, SLA_PAUSED_MILLIS)).isEqualTo(Duration.ofHours(9).toMillis());
    assertThat(date(incident, RESOLUTION_DUE_AT)).isEqualTo(beijing("2026-12-04T10:00"));
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(incident.getId())
        .activityId(TASK_ACCEPT_INCIDENT).count()).as("a reopened incident is not accepted again").isEqualTo(1);

    at("2026-12-01T15:00");
    work(incident, TASK_RESOLVE_INCIDENT, "engineer", resolved());
    work(incident, TASK_CONFIRM_RESOLUTION, "desk", Map.of("confirmationResult", "CONFIRMED", "closureCode", "RESOLVED"));
    assertThat(incident).isEnded();
    assertThat(historicVariable(incident, RESOLVED_AT)).isEqualTo(beijing("2026-12-01T15:00"));
  }

  @Test
  void serviceOutageTickedOnAcceptanceIsReportedAndRestoredWithTheResolution() {
    at(MONDAY + "T10:00");
    ProcessInstance incident = report("online-banking", "HIGH", "MEDIUM", false);
    at(MONDAY + "T10:20");
    assertThatThrownBy(() -> work(incident, TASK_ACCEPT_INCIDENT, "engineer",
        Map.of(IncidentVariables.SERVICE_UNAVAILABLE, true, IncidentVariables.UNAVAILABLE_SINCE, "2026-11-30T11:00+08:00")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("服务不可用开始时间：不能晚于当前时间");
    assertThatThrownBy(() -> work(incident, TASK_ACCEPT_INCIDENT, "engineer",
        Map.of(IncidentVariables.SERVICE_UNAVAILABLE, "yes")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("服务中断（服务不可用）：必须是 true 或 false");
    verify(outages, never()).report(any());

    // left blank, the service has been unavailable since the incident was reported
    work(incident, TASK_ACCEPT_INCIDENT, "engineer", Map.of(IncidentVariables.SERVICE_UNAVAILABLE, true));

    verify(outages).report(new OutageReports.Report("online-banking", beijing(MONDAY + "T10:00").toInstant(),
        "事件 " + incident.getBusinessKey() + "：系统无法访问", OutageSource.INCIDENT, incident.getBusinessKey(),
        "engineer"));
    assertThat(variable(incident, IncidentVariables.OUTAGE_KEY)).isEqualTo("OUT-2026-000001");
    assertThat(date(incident, IncidentVariables.UNAVAILABLE_SINCE)).isEqualTo(beijing(MONDAY + "T10:00"));
    verify(outages, never()).restored(any(), any(), any());

    at(MONDAY + "T11:15");
    work(incident, TASK_RESOLVE_INCIDENT, "engineer", resolved());

    verify(outages).restored(OutageSource.INCIDENT, incident.getBusinessKey(), beijing(MONDAY + "T11:15").toInstant());
  }

  @Test
  void anIncidentWithoutOutageReportsNone() {
    at(MONDAY + "T10:00");
    ProcessInstance incident = report("customer-portal", "MEDIUM", "MEDIUM", false);
    work(incident, TASK_ACCEPT_INCIDENT, "engineer", Map.of(IncidentVariables.SERVICE_UNAVAILABLE, false,
        IncidentVariables.UNAVAILABLE_SINCE, "2026-11-30T09:00+08:00"));
    work(incident, TASK_RESOLVE_INCIDENT, "engineer", resolved());

    assertThat(incident).isWaitingAt(TASK_CONFIRM_RESOLUTION);
    verify(outages, never()).report(any());
    verify(outages, never()).restored(any(), any(), any());
  }

  @Test
  void responseClockWarnsAtThreeQuartersAndEscalatesTheBreach() {
    at(MONDAY + "T10:00");
    ProcessInstance incident = report("customer-portal", "MEDIUM", "MEDIUM", false);

    at(MONDAY + "T11:29");
    runDueJobs();
    assertThat(notices()).isEmpty();

    at(MONDAY + "T11:31");
    runDueJobs();
    assertThat(incident).hasPassed(TASK_NOTIFY_RESPONSE_WARNING).isWaitingAt(TASK_ACCEPT_INCIDENT);
    assertThat(notices()).extracting(Task::getName)
        .containsExactly("【响应即将超时】" + incident.getBusinessKey() + " 系统无法访问");
    assertThat(variable(incident, RESPONSE_BREACHED)).isEqualTo(false);

    at(MONDAY + "T12:01");
    runDueJobs();
    assertThat(incident).hasPassed(TASK_ESCALATE_RESPONSE_BREACH).isWaitingAt(TASK_ACCEPT_INCIDENT);
    assertThat(variable(incident, RESPONSE_BREACHED)).isEqualTo(true);
    assertThat(notices()).extracting(Task::getName).contains("【响应已超时】" + incident.getBusinessKey() + " 系统无法访问");

    at(MONDAY + "T12:30");
    work(incident, TASK_ACCEPT_INCIDENT, "engineer", Map.of());
    assertThat(date(incident, RESPONDED_AT)).isAfter(date(incident, RESPONSE_DUE_AT));
  }

  @Test
  void resolutionClockOfA7x24ServiceWarnsAndEscalatesOnceEvenWhenReopened() {
    at(MONDAY + "T10:00");
    ProcessInstance incident = report("online-banking", "MEDIUM", "MEDIUM", false);
    // GOLD P3 runs 7x24: 24 hours to resolve, warned after 18
    assertThat(date(incident, RESOLUTION_DUE_AT)).isEqualTo(beijing("2026-12-01T10:00"));
    work(incident, TASK_ACCEPT_INCIDENT, "engineer", Map.of());

    at("2026-12-01T04:01");
    runDueJobs();
    assertThat(incident).hasPassed(TASK_NOTIFY_RESOLUTION_WARNING).isWaitingAt(TASK_RESOLVE_INCIDENT);

    at("2026-12-01T10:01");
    runDueJobs();
    assertThat(incident).hasPassed(TASK_ESCALATE_RESOLUTION_BREACH);
    assertThat(variable(incident, RESOLUTION_BREACHED)).isEqualTo(true);

    at("2026-12-01T11:00");
    work(incident, TASK_RESOLVE_INCIDENT, "engineer", resolved());
    at("2026-12-01T12:00");
    work(incident, TASK_CONFIRM_RESOLUTION, "desk", Map.of("confirmationResult", "NOT_RESOLVED", "reopenReason", "复发"));
    runDueJobs(); // the re-created timers are past due: each alert still goes out once only

    assertThat(notices()).extracting(Task::getName).containsExactlyInAnyOrder(
        "【解决即将超时】" + incident.getBusinessKey() + " 系统无法访问",
        "【解决已超时】" + incident.getBusinessKey() + " 系统无法访问");
    assertThat(incident).isWaitingAt(TASK_RESOLVE_INCIDENT);
  }

  @Test
  void incidentClosesByItselfWhenTheCustomerDoesNotAnswerWithinThreeWorkingDays() {
    at(MONDAY + "T10:00");
    ProcessInstance incident = report("customer-portal", "MEDIUM", "MEDIUM", false);
    work(incident, TASK_ACCEPT_INCIDENT, "engineer", Map.of());
    at(MONDAY + "T14:00");
    work(incident, TASK_RESOLVE_INCIDENT, "engineer", resolved());

    at("2026-12-03T13:59");
    runDueJobs();
    assertThat(incident).isWaitingAt(TASK_CONFIRM_RESOLUTION);

    at("2026-12-03T14:01");
    runDueJobs();
    assertThat(incident).isEnded().hasPassed(TASK_AUTO_CLOSE_INCIDENT, END_EVENT_INCIDENT_CLOSED)
        .hasNotPassed(TASK_CLOSE_INCIDENT);
    assertThat(historicVariable(incident, CLOSURE_CODE)).isEqualTo("AUTO_CLOSED");
    assertThat(historicVariable(incident, CLOSED_AT)).isEqualTo(beijing("2026-12-03T14:01"));
  }

  @Test
  void engineerReassignsTheIncidentToAnotherGroupOrColleague() {
    at(MONDAY + "T10:00");
    ProcessInstance incident = report("customer-portal", "MEDIUM", "MEDIUM", false);
    work(incident, TASK_ACCEPT_INCIDENT, "engineer", Map.of());

    work(incident, TASK_RESOLVE_INCIDENT, "engineer", reassign("security-officers", null));
    Task securityTask = task(incident);
    assertThat(securityTask.getTaskDefinitionKey()).isEqualTo(TASK_RESOLVE_INCIDENT);
    assertThat(securityTask.getAssignee()).isNull();
    assertThat(taskService.getIdentityLinksForTask(securityTask.getId()))
        .anyMatch(link -> "security-officers".equals(link.getGroupId()));

    // a colleague who is not in the chosen group is refused, and nothing changes
    assertThatThrownBy(() -> taskService.complete(securityTask.getId(), reassign("ops-engineers", "nobody")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("指定工程师");
    assertThat(task(incident).getId()).isEqualTo(securityTask.getId());
    assertThat(variable(incident, SUPPORT_GROUP)).isEqualTo("security-officers");

    taskService.complete(securityTask.getId(), reassign("ops-engineers", "engineer2"));
    assertThat(task(incident).getAssignee()).isEqualTo("engineer2");
    assertThat(variable(incident, REASSIGN_COUNT)).isEqualTo(2);
  }

  @Test
  void engineerEscalatesAndManagersHandTheIncidentOn() {
    at(MONDAY + "T10:00");
    ProcessInstance incident = report("customer-portal", "MEDIUM", "MEDIUM", false);
    work(incident, TASK_ACCEPT_INCIDENT, "engineer", Map.of());
    work(incident, TASK_RESOLVE_INCIDENT, "engineer", Map.of("category", "DATABASE", "diagnosis", "疑似数据库故障",
        "resolveOutcome", "ESCALATE", "escalationReason", "需要DBA支持"));

    assertThat(incident).isWaitingAt(TASK_REVIEW_ESCALATION);
    assertThat(taskService.getIdentityLinksForTask(task(incident).getId()))
        .anyMatch(link -> "ops-managers".equals(link.getGroupId()));
    work(incident, TASK_REVIEW_ESCALATION, "manager",
        Map.of("reassignGroup", "ops-engineers", "reassignTo", "engineer2", "escalationInstruction", "由赵工处理"));

    assertThat(incident).hasPassed(TASK_REASSIGN_INCIDENT).isWaitingAt(TASK_RESOLVE_INCIDENT);
    assertThat(task(incident).getAssignee()).isEqualTo("engineer2");
  }

  @Test
  void incompleteTaskFormsAreRefusedAndChangeNothing() {
    at(MONDAY + "T10:00");
    ProcessInstance incident = report("customer-portal", "MEDIUM", "MEDIUM", false);
    Task accept = task(incident);
    assertThatThrownBy(() -> taskService.complete(accept.getId(), Map.of("acceptanceNote", "长".repeat(2001))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("受理说明：不能超过 2000 个字符");
    assertThat(variable(incident, RESPONDED_AT)).as("a refused acceptance is no response").isNull();
    work(incident, TASK_ACCEPT_INCIDENT, "engineer", Map.of());
    Task resolve = task(incident);

    assertThatThrownBy(() -> taskService.complete(resolve.getId(),
        Map.of("category", "APPLICATION", "diagnosis", "已排查", "resolveOutcome", "RESOLVED")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("解决方案");
    assertThatThrownBy(() -> taskService.complete(resolve.getId(), Map.of("category", "APPLICATION")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("诊断记录").hasMessageContaining("处理结果");
    assertThat(task(incident).getId()).isEqualTo(resolve.getId());
    assertThat(variable(incident, "diagnosis")).as("the refused values were not kept").isNull();

    work(incident, TASK_RESOLVE_INCIDENT, "engineer", resolved());
    Task confirm = task(incident);
    assertThatThrownBy(() -> taskService.complete(confirm.getId(), Map.of("confirmationResult", "CONFIRMED")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("关闭代码");
    assertThatThrownBy(() -> taskService.complete(confirm.getId(), Map.of()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("客户确认结果");
    assertThat(incident).isWaitingAt(TASK_CONFIRM_RESOLUTION);
  }

  @Test
  void businessKeyChosenByTheCallerIsKeptAsReferenceAndTheIncidentNumbered() {
    ProcessInstance incident = runtimeService.startProcessInstanceByKey(IncidentProcess.KEY, "客户工单-88",
        report("office-oa", "LOW", "LOW"));

    assertThat(incident.getBusinessKey()).matches("INC-2026-\\d{6}");
    assertThat(variable(incident, EXTERNAL_REFERENCE)).isEqualTo("客户工单-88");
  }

  @Test
  void invalidReportIsRefusedAndCreatesNothing() {
    Map<String, Object> report = report("no-such-service", "HIGH", "SEVERE");
    report.remove(SUMMARY);

    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(IncidentProcess.KEY, report))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("受影响服务").hasMessageContaining("紧急度").hasMessageContaining("摘要");
    assertThat(runtimeService.createProcessInstanceQuery().count()).isZero();
    assertThat(historyService.createHistoricProcessInstanceQuery().count()).isZero();
  }

  // --- helpers -------------------------------------------------------------------------------------

  private ProcessInstance report(String serviceId, String impact, String urgency, boolean major) {
    Map<String, Object> report = report(serviceId, impact, urgency);
    report.put(MAJOR, major);
    ProcessInstance incident = runtimeService.startProcessInstanceByKey(IncidentProcess.KEY, report);
    runDueJobs();
    return incident;
  }

  private static Map<String, Object> report(String serviceId, String impact, String urgency) {
    Map<String, Object> report = new HashMap<>();
    report.put(REPORTER, "张三");
    report.put(REPORTER_CONTACT, "13800000000");
    report.put(SERVICE_ID, serviceId);
    report.put(INCIDENT_TYPE, "FAULT");
    report.put(IMPACT, impact);
    report.put(URGENCY, urgency);
    report.put(SUMMARY, "系统无法访问");
    report.put(DESCRIPTION, "用户反馈页面打不开");
    return report;
  }

  private static Map<String, Object> resolved() {
    return Map.of("category", "APPLICATION", "diagnosis", "应用缓存异常", "resolveOutcome", "RESOLVED",
        "resolutionNote", "清理缓存后恢复");
  }

  private static Map<String, Object> reassign(String group, String user) {
    Map<String, Object> variables = new HashMap<>(Map.of("category", "SECURITY", "diagnosis", "需转派",
        "resolveOutcome", "REASSIGN", "reassignGroup", group));
    if (user != null) {
      variables.put("reassignTo", user);
    }
    return variables;
  }

  /** Claims the task like an engineer in Tasklist and completes it with the form's values. */
  private void work(ProcessInstance incident, String taskKey, String user, Map<String, Object> formValues) {
    Task task = task(incident);
    assertThat(task.getTaskDefinitionKey()).isEqualTo(taskKey);
    if (task.getAssignee() == null) {
      taskService.claim(task.getId(), user);
    }
    taskService.complete(task.getId(), formValues);
    runDueJobs();
  }

  private Task task(ProcessInstance incident) {
    return taskService.createTaskQuery().processInstanceId(incident.getId()).singleResult();
  }

  /** Notices posted to the ops managers' Tasklist. */
  private List<Task> notices() {
    return taskService.createTaskQuery().taskCandidateGroup("ops-managers").list().stream()
        .filter(task -> task.getProcessInstanceId() == null).toList();
  }

  private List<Job> resolutionTimers(ProcessInstance incident) {
    return RESOLUTION_CLOCK_TIMERS.stream()
        .flatMap(activityId -> managementService.createJobQuery().processInstanceId(incident.getId())
            .activityId(activityId).timers().list().stream())
        .toList();
  }

  private void runDueJobs() {
    ProcessTests.runDueJobs(managementService);
  }

  private Object variable(ProcessInstance incident, String name) {
    return runtimeService.getVariable(incident.getId(), name);
  }

  private Date date(ProcessInstance incident, String name) {
    return (Date) variable(incident, name);
  }

  private Object historicVariable(ProcessInstance incident, String name) {
    return ProcessTests.historicVariable(historyService, incident, name);
  }



  private static void ensureEngineer(IdentityService identityService, String id) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      identityService.saveUser(user);
      if (identityService.createGroupQuery().groupId("ops-engineers").count() == 0) {
        identityService.saveGroup(identityService.newGroup("ops-engineers"));
      }
      identityService.createMembership(id, "ops-engineers");
    }
  }
}
