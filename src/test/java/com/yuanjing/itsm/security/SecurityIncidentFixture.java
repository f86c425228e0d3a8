package com.yuanjing.itsm.security;

import static com.yuanjing.itsm.security.SecurityIncidentProcess.Elements.*;
import static com.yuanjing.itsm.security.SecurityIncidentProcess.Variables.*;

import com.yuanjing.itsm.audit.ProcessRecords;
import com.yuanjing.itsm.identity.ItsmGroup;
import com.yuanjing.itsm.notification.NotificationService;
import com.yuanjing.itsm.numbering.BusinessKeys;
import com.yuanjing.itsm.servicelevel.ItService;
import com.yuanjing.itsm.servicelevel.ServiceDirectory;
import com.yuanjing.itsm.testsupport.ProcessTests;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * The security incident process on a test engine: its delegates wired with the real services, users in their
 * groups, and the steps an event goes through, each as its group's user would take it.
 */
final class SecurityIncidentFixture {

  static final Map<String, ItsmGroup> USERS = Map.of("security", ItsmGroup.SECURITY_OFFICERS,
      "engineer", ItsmGroup.OPS_ENGINEERS, "manager", ItsmGroup.OPS_MANAGERS, "desk", ItsmGroup.SERVICE_DESK);
  static final ServiceDirectory SERVICES = ServiceDirectory.of(List.of(
      new ItService("online-banking", "网上银行系统", "GOLD"), new ItService("office-oa", "办公自动化系统", "BRONZE")));

  private final ProcessEngine engine;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final AtomicLong numbers = new AtomicLong();

  SecurityIncidentFixture(ProcessEngine engine) {
    this.engine = engine;
    this.taskService = engine.getTaskService();
    this.identityService = engine.getIdentityService();
    USERS.forEach(this::ensureUser);
    allowToStart(engine, SecurityIncidentProcess.KEY, ItsmGroup.SERVICE_DESK);
    BusinessKeys businessKeys = prefix -> BusinessKeys.format(prefix, 2026, numbers.incrementAndGet());
    SecurityIncidentService service = new SecurityIncidentService(new SecurityReportValidator(SERVICES), SERVICES,
        businessKeys, engine.getRuntimeService(), new ProcessRecords(engine.getHistoryService()));
    Mocks.register("registerSecurityIncidentListener", new RegisterSecurityIncidentListener(service));
    Mocks.register("validateSecurityTaskListener", new ValidateSecurityTaskListener(new SecurityTaskFormValidator()));
    Mocks.register("scheduleCustomerNotificationListener", new ScheduleCustomerNotificationListener());
    Mocks.register("escalateLateNotificationDelegate",
        new EscalateLateNotificationDelegate(new NotificationService(taskService)));
  }

  static Map<String, Object> report() {
    Map<String, Object> report = new HashMap<>();
    report.put(SUMMARY, "网上银行客户资料疑似外泄");
    report.put(DESCRIPTION, "外部论坛出现疑似本行客户姓名和手机号的数据包");
    report.put(SERVICE_ID, "online-banking");
    report.put(REPORTER_CONTACT, "13800000000");
    return report;
  }

  /** Reported directly by {@code user} through the start form. */
  ProcessInstance report(String user, Map<String, Object> report) {
    identityService.setAuthentication(user, List.of(USERS.get(user).id()));
    ProcessInstance instance;
    try {
      instance = engine.getRuntimeService().startProcessInstanceByKey(SecurityIncidentProcess.KEY, report);
    } finally {
      identityService.clearAuthentication();
    }
    runDueJobs();
    return instance;
  }

  static Map<String, Object> triage(String type, boolean exposed, long customers, boolean keyService) {
    return new HashMap<>(Map.of(TRIAGE_DECISION, SecurityIncidentProcess.TriageDecision.CONFIRMED, EVENT_TYPE, type,
        CUSTOMER_INFORMATION_EXPOSED, exposed, AFFECTED_CUSTOMERS, (int) customers, KEY_SERVICE_AFFECTED, keyService,
        TRIAGE_NOTE, "日志和样本确认"));
  }

  void triage(ProcessInstance instance, Map<String, Object> values) {
    complete(instance, TASK_TRIAGE_SECURITY_EVENT, "security", values);
  }

  /** Containment, investigation, eradication and recovery, one after another. */
  void handle(ProcessInstance instance) {
    complete(instance, TASK_CONTAIN_SECURITY_INCIDENT, "engineer", Map.of(CONTAINMENT_ACTIONS, "隔离受影响服务器，封禁来源IP"));
    complete(instance, TASK_INVESTIGATE_SECURITY_INCIDENT, "security", Map.of(INVESTIGATION_FINDINGS, "导出接口越权访问"));
    complete(instance, TASK_ERADICATE_THREAT, "engineer", Map.of(ERADICATION_ACTIONS, "修补接口鉴权，重置凭据"));
    complete(instance, TASK_RECOVER_SYSTEMS, "engineer", Map.of(RECOVERY_ACTIONS, "服务恢复，验证通过"));
  }

  void notifyCustomer(ProcessInstance instance) {
    complete(instance, TASK_NOTIFY_CUSTOMER, "security", Map.of(NOTIFICATION_CHANNEL, "LETTER",
        NOTIFICATION_RECORD, "书面告知客户方信息安全负责人，建议提醒用户修改密码"));
  }

  void review(ProcessInstance instance) {
    complete(instance, TASK_REVIEW_SECURITY_INCIDENT, "manager", Map.of(ROOT_CAUSE, "导出接口缺少权限校验",
        LESSONS_LEARNED, "上线前安全测试需覆盖越权", IMPROVEMENT_ACTIONS, "全部接口越权测试 — engineer — 2026-12-31"));
  }

  /** Completes the task as {@code user} would in Tasklist: claimed, then completed. */
  void complete(ProcessInstance instance, String taskKey, String user, Map<String, Object> values) {
    Task task = task(instance, taskKey);
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

  Task task(ProcessInstance instance, String taskKey) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult();
  }

  void runDueJobs() {
    ProcessTests.runDueJobs(engine.getManagementService());
  }

  Object historicVariable(ProcessInstance instance, String name) {
    return ProcessTests.historicVariable(engine.getHistoryService(), instance, name);
  }

  /** The start permission IdentitySetup grants in the application. */
  static void allowToStart(ProcessEngine engine, String processKey, ItsmGroup group) {
    AuthorizationService authorizations = engine.getAuthorizationService();
    if (authorizations.createAuthorizationQuery().groupIdIn(group.id()).resourceType(Resources.PROCESS_DEFINITION)
        .resourceId(processKey).count() > 0) {
      return;
    }
    Authorization definition = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    definition.setGroupId(group.id());
    definition.setResource(Resources.PROCESS_DEFINITION);
    definition.setResourceId(processKey);
    definition.addPermission(Permissions.READ);
    definition.addPermission(ProcessDefinitionPermissions.CREATE_INSTANCE);
    authorizations.saveAuthorization(definition);
    if (authorizations.createAuthorizationQuery().groupIdIn(group.id()).resourceType(Resources.PROCESS_INSTANCE)
        .count() == 0) {
      Authorization instances = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      instances.setGroupId(group.id());
      instances.setResource(Resources.PROCESS_INSTANCE);
      instances.setResourceId(Authorization.ANY);
      instances.addPermission(Permissions.CREATE);
      authorizations.saveAuthorization(instances);
    }
  }

  private void ensureUser(String id, ItsmGroup group) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      identityService.saveUser(user);
    }
    if (identityService.createGroupQuery().groupId(group.id()).count() == 0) {
      identityService.saveGroup(identityService.newGroup(group.id()));
    }
    if (identityService.createUserQuery().userId(id).memberOfGroup(group.id()).count() == 0) {
      identityService.createMembership(id, group.id());
    }
    // as IdentitySetup: task workers read every process definition (diagrams and forms of their tasks)
    AuthorizationService authorizations = engine.getAuthorizationService();
    if (authorizations.createAuthorizationQuery().groupIdIn(group.id()).resourceType(Resources.PROCESS_DEFINITION)
        .resourceId(Authorization.ANY).count() == 0) {
      Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      read.setGroupId(group.id());
      read.setResource(Resources.PROCESS_DEFINITION);
      read.setResourceId(Authorization.ANY);
      read.addPermission(Permissions.READ);
      authorizations.saveAuthorization(read);
    }
  }
}
