package com.yuanjing.itsm.security;

import static com.yuanjing.itsm.security.SecurityIncidentFixture.report;
import static com.yuanjing.itsm.security.SecurityIncidentFixture.triage;
import static com.yuanjing.itsm.security.SecurityIncidentProcess.Elements.*;
import static com.yuanjing.itsm.security.SecurityIncidentProcess.Variables.*;
import static com.yuanjing.itsm.testsupport.ProcessTests.at;
import static com.yuanjing.itsm.testsupport.ProcessTests.beijing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.yuanjing.itsm.testsupport.TestProcessEngine;
import com.yuanjing.itsm.validation.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
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
 * Security incidents on the real model and decision table: triage, the handling chain, the customer notification
 * of a leak with its deadline on the engine clock, false alarms, and events handed on by an incident.
 */
@Tag("database")
@Deployment(resources = {"processes/security-incident.bpmn", "processes/security-severity.dmn",
    "forms/security/report-security-event.form", "forms/security/triage-security-event.form",
    "forms/security/contain-security-incident.form", "forms/security/investigate-security-incident.form",
    "forms/security/eradicate-threat.form", "forms/security/recover-systems.form",
    "forms/security/notify-customer.form", "forms/security/review-security-incident.form"})
class SecurityIncidentProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder(TestProcessEngine.configuration("security-incident"))
      .assertClassCoverageAtLeast(0.9)
      .build();

  private RuntimeService runtimeService;
  private TaskService taskService;
  private HistoryService historyService;
  private SecurityIncidentFixture events;

  @BeforeEach
  void wireDelegates() {
    ProcessEngine engine = extension.getProcessEngine();
    BpmnAwareTests.init(engine);
    runtimeService = engine.getRuntimeService();
    taskService = engine.getTaskService();
    historyService = engine.getHistoryService();
    events = new SecurityIncidentFixture(engine);
    at("2026-11-30T10:00");
  }

  @AfterEach
  void reset() {
    notices().forEach(notice -> taskService.deleteTask(notice.getId(), true));
    ClockUtil.reset();
    Mocks.reset();
  }

  @Test
  void leakIsHandledTheCustomerNotifiedInTimeAndTheIncidentReviewedAndClosed() {
    ProcessInstance event = events.report("desk", report());

    assertThat(event.getBusinessKey()).matches("SEC-2026-\\d{6}");
    assertThat(event).isWaitingAt(TASK_TRIAGE_SECURITY_EVENT);
    assertThat(runtimeService.getVariable(event.getId(), SECURITY_INCIDENT_NUMBER)).isEqualTo(event.getBusinessKey());
    assertThat(runtimeService.getVariable(event.getId(), SERVICE_NAME)).isEqualTo("网上银行系统");
    assertThat(runtimeService.getVariable(event.getId(), REPORTED_BY)).isEqualTo("desk");
    assertThat(runtimeService.getVariable(event.getId(), SOURCE)).isEqualTo(SecurityIncidentProcess.Source.DIRECT);
    assertThat(candidateGroups(events.task(event, TASK_TRIAGE_SECURITY_EVENT))).containsExactly("security-officers");

    at("2026-11-30T11:00");
    events.triage(event, triage("DATA_LEAK", true, 150, false));

    // 150 customers, no key service: 重大, the customer is told within 48 hours of the confirmation
    assertThat(event).hasPassed(TASK_DETERMINE_SEVERITY)
        .isWaitingAt(TASK_CONTAIN_SECURITY_INCIDENT, TASK_NOTIFY_CUSTOMER);
    assertThat(runtimeService.getVariable(event.getId(), SEVERITY)).isEqualTo("HIGH");
    assertThat(runtimeService.getVariable(event.getId(), CUSTOMER_INFORMATION_LEAKED)).isEqualTo(true);
    assertThat(runtimeService.getVariable(event.getId(), LEAK_CONFIRMED_AT)).isEqualTo(beijing("2026-11-30T11:00"));
    assertThat(runtimeService.getVariable(event.getId(), CUSTOMER_NOTIFICATION_DUE_AT))
        .isEqualTo(beijing("2026-12-02T11:00"));
    assertThat(events.task(event, TASK_NOTIFY_CUSTOMER).getDueDate()).isEqualTo(beijing("2026-12-02T11:00"));
    assertThat(candidateGroups(events.task(event, TASK_CONTAIN_SECURITY_INCIDENT)))
        .containsExactlyInAnyOrder("ops-engineers", "security-officers");

    at("2026-12-01T09:00");
    events.notifyCustomer(event);
    assertThat(event).isWaitingAt(TASK_CONTAIN_SECURITY_INCIDENT).isNotWaitingAt(TASK_NOTIFY_CUSTOMER);
    events.handle(event);
    at("2026-12-02T15:00");
    assertThat(event).isWaitingAt(TASK_REVIEW_SECURITY_INCIDENT);
    events.runDueJobs();
    events.review(event);

    assertThat(event).isEnded().hasPassed(TASK_NOTIFY_CUSTOMER, TASK_RECOVER_SYSTEMS, END_EVENT_SECURITY_INCIDENT_CLOSED)
        .hasNotPassed(BOUNDARY_EVENT_CUSTOMER_NOTIFICATION_OVERDUE, END_EVENT_FALSE_ALARM_CLOSED);
    assertThat(events.historicVariable(event, CUSTOMER_NOTIFIED_AT)).isEqualTo(beijing("2026-12-01T09:00"));
    assertThat(events.historicVariable(event, CUSTOMER_NOTIFIED_ON_TIME)).isEqualTo(true);
    assertThat(events.historicVariable(event, CUSTOMER_NOTIFIED_BY)).isEqualTo("security");
    assertThat(events.historicVariable(event, TRIAGED_BY)).isEqualTo("security");
    assertThat(events.historicVariable(event, REVIEWED_BY)).isEqualTo("manager");
    assertThat(events.historicVariable(event, CLOSED_AT)).isEqualTo(beijing("2026-12-02T15:00"));
    assertThat(events.historicVariable(event, AFFECTED_CUSTOMERS)).isEqualTo(150L);
    assertThat(notices()).isEmpty();
  }

  @Test
  void lateNotificationIsEscalatedToManagersAndStillHasToBeDone() {
    ProcessInstance event = events.report("desk", report());
    events.triage(event, triage("ATTACK", true, 3, true));
    assertThat(runtimeService.getVariable(event.getId(), SEVERITY)).isEqualTo("CRITICAL");
    assertThat(runtimeService.getVariable(event.getId(), CUSTOMER_NOTIFICATION_DUE_AT))
        .isEqualTo(beijing("2026-12-01T10:00"));
    events.handle(event);

    at("2026-12-01T09:59");
    events.runDueJobs();
    assertThat(event).hasNotPassed(BOUNDARY_EVENT_CUSTOMER_NOTIFICATION_OVERDUE);
    at("2026-12-01T10:00");
    events.runDueJobs();

    assertThat(event).hasPassed(BOUNDARY_EVENT_CUSTOMER_NOTIFICATION_OVERDUE, TASK_ESCALATE_LATE_NOTIFICATION,
        END_EVENT_LATE_NOTIFICATION_ESCALATED).isWaitingAt(TASK_NOTIFY_CUSTOMER);
    assertThat(runtimeService.getVariable(event.getId(), NOTIFICATION_OVERDUE_AT)).isEqualTo(beijing("2026-12-01T10:00"));
    assertThat(notices()).singleElement().satisfies(notice -> {
      assertThat(notice.getName()).isEqualTo("【客户通知已逾期】" + event.getBusinessKey() + " 网上银行客户资料疑似外泄");
      assertThat(notice.getDescription()).contains("2026-12-01 10:00");
    });

    at("2026-12-01T14:30");
    events.notifyCustomer(event);
    events.review(event);
    assertThat(event).isEnded().hasPassed(END_EVENT_SECURITY_INCIDENT_CLOSED);
    assertThat(events.historicVariable(event, CUSTOMER_NOTIFIED_AT)).isEqualTo(beijing("2026-12-01T14:30"));
    assertThat(events.historicVariable(event, CUSTOMER_NOTIFIED_ON_TIME)).isEqualTo(false);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(event.getId())
        .activityId(BOUNDARY_EVENT_CUSTOMER_NOTIFICATION_OVERDUE).count()).isEqualTo(1);
  }

  @Test
  void leakFoundInTheInvestigationIsRecordedThenWithTheSameConsequences() {
    ProcessInstance event = events.report("desk", report());
    events.triage(event, triage("DATA_LEAK", false, 0, false));
    assertThat(runtimeService.getVariable(event.getId(), CUSTOMER_INFORMATION_LEAKED)).isEqualTo(false);
    events.complete(event, TASK_CONTAIN_SECURITY_INCIDENT, "engineer", Map.of(CONTAINMENT_ACTIONS, "封禁导出接口"));

    Map<String, Object> withoutCustomers = Map.of(INVESTIGATION_FINDINGS, "导出接口被批量调用",
        LEAK_FOUND_IN_INVESTIGATION, true);
    assertThatThrownBy(() -> events.complete(event, TASK_INVESTIGATE_SECURITY_INCIDENT, "security", withoutCustomers))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("受影响客户数：泄露客户信息时必须是不小于 1 的整数");
    assertThat(event).isWaitingAt(TASK_INVESTIGATE_SECURITY_INCIDENT);

    at("2026-12-01T09:00");
    events.complete(event, TASK_INVESTIGATE_SECURITY_INCIDENT, "security", Map.of(INVESTIGATION_FINDINGS,
        "导出接口被批量调用，客户姓名和手机号外泄", LEAK_FOUND_IN_INVESTIGATION, true, AFFECTED_CUSTOMERS, 150));

    // the same table as at triage: 150 customers, no key service: 重大, 48 hours from the investigation's finding
    assertThat(event).hasPassed(GATEWAY_LEAK_FOUND_IN_INVESTIGATION, TASK_DETERMINE_LEAK_SEVERITY)
        .isWaitingAt(TASK_ERADICATE_THREAT, TASK_NOTIFY_CUSTOMER);
    assertThat(runtimeService.getVariable(event.getId(), SEVERITY)).isEqualTo("HIGH");
    assertThat(runtimeService.getVariable(event.getId(), CUSTOMER_INFORMATION_LEAKED)).isEqualTo(true);
    assertThat(runtimeService.getVariable(event.getId(), LEAK_CONFIRMED_AT)).isEqualTo(beijing("2026-12-01T09:00"));
    assertThat(runtimeService.getVariable(event.getId(), CUSTOMER_NOTIFICATION_DUE_AT))
        .isEqualTo(beijing("2026-12-03T09:00"));
    assertThat(events.task(event, TASK_NOTIFY_CUSTOMER).getDueDate()).isEqualTo(beijing("2026-12-03T09:00"));

    events.complete(event, TASK_ERADICATE_THREAT, "engineer", Map.of(ERADICATION_ACTIONS, "修补接口鉴权"));
    events.complete(event, TASK_RECOVER_SYSTEMS, "engineer", Map.of(RECOVERY_ACTIONS, "服务恢复"));
    assertThat(event).as("the review waits for the notification").isWaitingAt(TASK_NOTIFY_CUSTOMER)
        .isNotWaitingAt(TASK_REVIEW_SECURITY_INCIDENT);
    at("2026-12-03T09:00");
    events.runDueJobs();
    assertThat(event).hasPassed(BOUNDARY_EVENT_CUSTOMER_NOTIFICATION_OVERDUE, END_EVENT_LATE_NOTIFICATION_ESCALATED);
    assertThat(notices()).hasSize(1);

    at("2026-12-03T10:00");
    events.notifyCustomer(event);
    events.review(event);
    assertThat(event).isEnded().hasPassed(END_EVENT_SECURITY_INCIDENT_CLOSED);
    assertThat(events.historicVariable(event, CUSTOMER_NOTIFIED_ON_TIME)).isEqualTo(false);
    assertThat(events.historicVariable(event, AFFECTED_CUSTOMERS)).isEqualTo(150L);
  }

  @Test
  void aLeakRecordedAtTriageIsNotRecordedAgainByTheInvestigation() {
    ProcessInstance event = events.report("desk", report());
    at("2026-11-30T11:00");
    events.triage(event, triage("DATA_LEAK", true, 150, false));
    events.complete(event, TASK_CONTAIN_SECURITY_INCIDENT, "engineer", Map.of(CONTAINMENT_ACTIONS, "封禁导出接口"));
    at("2026-12-01T09:00");
    events.complete(event, TASK_INVESTIGATE_SECURITY_INCIDENT, "security", Map.of(INVESTIGATION_FINDINGS, "确认外泄",
        LEAK_FOUND_IN_INVESTIGATION, true));

    assertThat(event).hasNotPassed(TASK_DETERMINE_LEAK_SEVERITY).isWaitingAt(TASK_ERADICATE_THREAT, TASK_NOTIFY_CUSTOMER);
    assertThat(runtimeService.getVariable(event.getId(), LEAK_CONFIRMED_AT)).isEqualTo(beijing("2026-11-30T11:00"));
    assertThat(runtimeService.getVariable(event.getId(), LEAK_FOUND_IN_INVESTIGATION)).isEqualTo(false);
    assertThat(taskService.createTaskQuery().processInstanceId(event.getId()).taskDefinitionKey(TASK_NOTIFY_CUSTOMER)
        .count()).isEqualTo(1);
  }

  @Test
  void falseAlarmIsClosedAsSuchAndIsNoLeak() {
    ProcessInstance event = events.report("desk", report());

    events.triage(event, Map.of(TRIAGE_DECISION, SecurityIncidentProcess.TriageDecision.FALSE_ALARM,
        TRIAGE_NOTE, "系统测试数据，非真实客户信息"));

    assertThat(event).isEnded().hasPassed(END_EVENT_FALSE_ALARM_CLOSED).hasNotPassed(TASK_DETERMINE_SEVERITY);
    assertThat(events.historicVariable(event, CUSTOMER_INFORMATION_LEAKED)).isEqualTo(false);
    assertThat(events.historicVariable(event, CLOSED_AT)).isEqualTo(beijing("2026-11-30T10:00"));
  }

  @Test
  void confirmedEventWithoutExposureIsHandledWithoutNotifyingTheCustomer() {
    ProcessInstance event = events.report("desk", report());

    events.triage(event, triage("MALWARE", false, 0, false));

    assertThat(runtimeService.getVariable(event.getId(), SEVERITY)).isEqualTo("MEDIUM");
    assertThat(runtimeService.getVariable(event.getId(), CUSTOMER_INFORMATION_LEAKED)).isEqualTo(false);
    assertThat(runtimeService.getVariable(event.getId(), CUSTOMER_NOTIFICATION_DUE_AT)).isNull();
    assertThat(event).isWaitingAt(TASK_CONTAIN_SECURITY_INCIDENT).isNotWaitingAt(TASK_NOTIFY_CUSTOMER);
    events.handle(event);
    events.review(event);
    assertThat(event).isEnded().hasPassed(END_EVENT_SECURITY_INCIDENT_CLOSED).hasNotPassed(TASK_NOTIFY_CUSTOMER);
  }

  @Test
  void eventHandedOnByAnIncidentKeepsTheIncidentKey() {
    ProcessInstance event = SecurityIncidentService.startFromIncident(runtimeService, Map.of(
        INCIDENT_KEY, "INC-2026-000042", SERVICE_ID, "office-oa",
        SUMMARY, "办公电脑感染勒索病毒", DESCRIPTION, "多台终端文件被加密"));
    events.runDueJobs();

    assertThat(event.getBusinessKey()).matches("SEC-2026-\\d{6}");
    assertThat(event).hasPassed(START_EVENT_SECURITY_EVENT_FROM_INCIDENT).isWaitingAt(TASK_TRIAGE_SECURITY_EVENT);
    assertThat(runtimeService.getVariable(event.getId(), INCIDENT_KEY)).isEqualTo("INC-2026-000042");
    assertThat(runtimeService.getVariable(event.getId(), SOURCE)).isEqualTo(SecurityIncidentProcess.Source.INCIDENT);
    assertThat(runtimeService.getVariable(event.getId(), SERVICE_NAME)).isEqualTo("办公自动化系统");
    assertThat(runtimeService.getVariable(event.getId(), REPORTED_BY)).isNull();
  }

  @Test
  void startMessageSentFromOutsideTheHandOverIsRefusedAndCreatesNothing() {
    assertThatThrownBy(() -> runtimeService.createMessageCorrelation(
        SecurityIncidentProcess.MESSAGE_SECURITY_EVENT_REPORTED)
        .setVariable(INCIDENT_KEY, "INC-2026-000042").setVariable(SUMMARY, "伪造").setVariable(DESCRIPTION, "伪造")
        .setVariable(CUSTOMER_INFORMATION_LEAKED, false).correlateStartMessage())
        .isInstanceOf(AuthorizationException.class).hasMessageContaining("不能直接发送消息");
    assertThatThrownBy(() -> SecurityIncidentService.startFromIncident(runtimeService, Map.of(
        INCIDENT_KEY, "INC-2026-000042", SUMMARY, "伪造", DESCRIPTION, "伪造", SEVERITY, "LOW")))
        .isInstanceOf(AuthorizationException.class);
    assertThat(historyService.createHistoricProcessInstanceQuery().count()).isZero();
  }

  @Test
  void invalidReportIsRefusedAndCreatesNothing() {
    Map<String, Object> report = report();
    report.remove(SUMMARY);
    report.put(SERVICE_ID, "no-such-service");

    assertThatThrownBy(() -> events.report("desk", report)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("摘要：不能为空").hasMessageContaining("涉及服务：取值“no-such-service”无效");
    assertThat(historyService.createHistoricProcessInstanceQuery().count()).isZero();
  }

  @Test
  void incompleteTriageIsRefusedAndChangesNothing() {
    ProcessInstance event = events.report("desk", report());

    Map<String, Object> exposedWithoutCustomers = triage("DATA_LEAK", true, 0, false);
    exposedWithoutCustomers.remove(EVENT_TYPE);
    assertThatThrownBy(() -> events.triage(event, exposedWithoutCustomers)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("事件类型：不能为空").hasMessageContaining("受影响客户数：泄露客户信息时必须是不小于 1 的整数");
    assertThatThrownBy(() -> events.triage(event, Map.of(TRIAGE_DECISION, "MAYBE")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("研判结论：取值“MAYBE”无效")
        .hasMessageContaining("研判说明：不能为空");
    assertThat(event).isWaitingAt(TASK_TRIAGE_SECURITY_EVENT);
    assertThat(runtimeService.getVariable(event.getId(), CUSTOMER_INFORMATION_LEAKED)).isNull();

    events.triage(event, triage("DATA_LEAK", true, 1, false));
    assertThatThrownBy(() -> events.complete(event, TASK_NOTIFY_CUSTOMER, "security", Map.of(NOTIFICATION_CHANNEL, "FAX")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("通知方式：取值“FAX”无效")
        .hasMessageContaining("通知记录：不能为空");
    assertThatThrownBy(() -> events.complete(event, TASK_CONTAIN_SECURITY_INCIDENT, "engineer", Map.of()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("遏制措施：不能为空");
    assertThat(event).isWaitingAt(TASK_CONTAIN_SECURITY_INCIDENT, TASK_NOTIFY_CUSTOMER);
  }

  private List<Task> notices() {
    return taskService.createTaskQuery().taskCandidateGroup("ops-managers").list().stream()
        .filter(task -> task.getProcessInstanceId() == null).toList();
  }

  private List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> link.getGroupId() != null).map(link -> link.getGroupId()).toList();
  }
}
