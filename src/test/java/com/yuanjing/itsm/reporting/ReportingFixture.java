package com.yuanjing.itsm.reporting;

import static com.yuanjing.itsm.reporting.ServiceReportingProcess.Elements.*;
import static com.yuanjing.itsm.reporting.ServiceReportingProcess.Variables.*;
import static com.yuanjing.itsm.testsupport.ProcessTests.BEIJING;

import com.yuanjing.itsm.audit.ProcessRecords;
import com.yuanjing.itsm.change.PlannedTimes;
import com.yuanjing.itsm.identity.ItsmGroup;
import com.yuanjing.itsm.notification.NotificationService;
import com.yuanjing.itsm.numbering.BusinessKeys;
import com.yuanjing.itsm.servicelevel.ServiceDirectory;
import com.yuanjing.itsm.sla.BusinessCalendar;
import com.yuanjing.itsm.sla.BusinessCalendarProperties;
import com.yuanjing.itsm.sla.HolidayCalendarLoader;
import com.yuanjing.itsm.testsupport.ProcessTests;
import com.yuanjing.itsm.testsupport.TestObjectives;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The service reporting process on a test engine: its delegates wired with the real services, demo-like users
 * in their groups, and the steps a report goes through, each as its group's user would take it.
 */
final class ReportingFixture {

  static final ReportingProperties PROPERTIES = new ReportingProperties(5, 2, List.of());
  static final Map<String, ItsmGroup> USERS = Map.of("engineer", ItsmGroup.OPS_ENGINEERS,
      "engineer2", ItsmGroup.OPS_ENGINEERS, "quality", ItsmGroup.QUALITY, "manager", ItsmGroup.OPS_MANAGERS,
      "desk", ItsmGroup.SERVICE_DESK);

  private final ProcessEngine engine;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final AtomicLong numbers = new AtomicLong();

  ReportingFixture(ProcessEngine engine, ServiceDirectory services) {
    this(engine, services, PROPERTIES);
  }

  ReportingFixture(ProcessEngine engine, ServiceDirectory services, ReportingProperties properties) {
    this.engine = engine;
    this.taskService = engine.getTaskService();
    this.identityService = engine.getIdentityService();
    USERS.forEach(this::ensureUser);
    PlannedTimes times = new PlannedTimes(
        new BusinessCalendarProperties(BEIJING, LocalTime.of(9, 0), LocalTime.of(18, 0), "unused"));
    BusinessKeys businessKeys = prefix -> BusinessKeys.format(prefix, 2026, numbers.incrementAndGet());
    ReportingService reports = new ReportingService(new ReportRequestValidator(services, times, identityService),
        services, times, calendar(), properties, businessKeys, engine.getHistoryService(),
        new ProcessRecords(engine.getHistoryService()));
    Mocks.register("registerReportListener", new RegisterReportListener(reports));
    Mocks.register("validateReportTaskListener", new ValidateReportTaskListener(new ReportTaskFormValidator()));
    Mocks.register("clearReportChoicesListener", new ClearReportChoicesListener());
    NotificationService notifications = new NotificationService(taskService);
    Mocks.register("reportDeadlineDelegate", new ReportDeadlineDelegate(notifications));
    Mocks.register("scheduleServiceReportsDelegate", new ScheduleServiceReportsDelegate(reports, notifications));
  }

  /** The KPI query on the test engine's own database. */
  ReportingStatistics statistics() {
    DataSource dataSource = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
    return new ReportingStatistics(new JdbcTemplate(dataSource), TestObjectives.standard());
  }

  static Map<String, Object> request(String dueAt) {
    return ReportRequests.acceptanceReport(dueAt);
  }

  ProcessInstance start(Map<String, Object> request) {
    ProcessInstance report = engine.getRuntimeService().startProcessInstanceByKey(ServiceReportingProcess.KEY, request);
    runDueJobs();
    return report;
  }

  void draft(ProcessInstance report, String user) {
    complete(report, TASK_DRAFT_REPORT, user, Map.of(DOCUMENT_REFERENCE, "DOC-2026-0815"));
  }

  void passReview(ProcessInstance report) {
    complete(report, TASK_REVIEW_REPORT_QUALITY, "quality", Map.of(MEETS_QUALITY_REQUIREMENTS, true,
        MATCHES_BUSINESS_DIRECTION, true, MEETS_CUSTOMER_NEEDS, true));
  }

  void approve(ProcessInstance report) {
    complete(report, TASK_APPROVE_REPORT, "manager", Map.of(APPROVAL_DECISION, "APPROVE"));
  }

  void submit(ProcessInstance report) {
    complete(report, TASK_SUBMIT_REPORT, "desk", Map.of(SUBMISSION_NOTE, "已邮件发送至客户方王经理"));
  }

  /** Drafted by the engineer, passed, approved and submitted now. */
  void deliver(ProcessInstance report) {
    draft(report, "engineer");
    passReview(report);
    approve(report);
    submit(report);
  }

  void cancel(ProcessInstance report) {
    draft(report, "engineer");
    passReview(report);
    complete(report, TASK_APPROVE_REPORT, "manager", Map.of(APPROVAL_DECISION, "CANCEL", APPROVAL_COMMENT, "客户撤回需求"));
  }

  /** Completes the task as {@code user} would in Tasklist: claimed (unless assigned), then completed. */
  void complete(ProcessInstance report, String taskKey, String user, Map<String, Object> values) {
    Task task = task(report, taskKey);
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

  Task task(ProcessInstance report, String taskKey) {
    return taskService.createTaskQuery().processInstanceId(report.getId()).taskDefinitionKey(taskKey).singleResult();
  }

  void runDueJobs() {
    ProcessTests.runDueJobs(engine.getManagementService());
  }

  Object historicVariable(ProcessInstance report, String name) {
    return ProcessTests.historicVariable(engine.getHistoryService(), report, name);
  }

  private void ensureUser(String id, ItsmGroup group) {
    if (identityService.createUserQuery().userId(id).count() > 0) {
      return;
    }
    if (identityService.createGroupQuery().groupId(group.id()).count() == 0) {
      identityService.saveGroup(identityService.newGroup(group.id()));
    }
    User user = identityService.newUser(id);
    identityService.saveUser(user);
    identityService.createMembership(id, group.id());
    // as IdentitySetup grants every group that works tasks
    AuthorizationService authorizations = engine.getAuthorizationService();
    Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    read.setUserId(id);
    read.setResource(Resources.PROCESS_DEFINITION);
    read.setResourceId(Authorization.ANY);
    read.addPermission(Permissions.READ);
    authorizations.saveAuthorization(read);
  }

  private static BusinessCalendar calendar() {
    try (InputStream holidays = ReportingFixture.class.getResourceAsStream("/calendar/china-holidays.yaml")) {
      return new BusinessCalendar(BEIJING, LocalTime.of(9, 0), LocalTime.of(18, 0),
          HolidayCalendarLoader.load(holidays, "china-holidays.yaml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
