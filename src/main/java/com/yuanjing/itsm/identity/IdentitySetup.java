package com.yuanjing.itsm.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import com.yuanjing.itsm.availability.AvailabilityProcess;
import com.yuanjing.itsm.capacity.CapacityProcess;
import com.yuanjing.itsm.change.ChangeProcess;
import com.yuanjing.itsm.configuration.ConfigurationProcess;
import com.yuanjing.itsm.continuity.ContinuityDrillProcess;
import com.yuanjing.itsm.incident.IncidentProcess;
import com.yuanjing.itsm.kpi.KpiReviewProcess;
import com.yuanjing.itsm.problem.ProblemProcess;
import com.yuanjing.itsm.release.ReleaseProcess;
import com.yuanjing.itsm.reporting.ServiceReportingProcess;
import com.yuanjing.itsm.security.SecurityIncidentProcess;
import com.yuanjing.itsm.security.SecurityRiskAssessmentProcess;
import com.yuanjing.itsm.servicelevel.ServiceLevelProcess;
import java.util.Arrays;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Creates the groups, their authorizations and the Tasklist filters at start-up, and the demo users
 * where configured. Idempotent: every node of a cluster runs it on every start.
 */
@Component
public class IdentitySetup implements SmartInitializingSingleton {

  private static final Logger LOG = LoggerFactory.getLogger(IdentitySetup.class);
  private static final String ALL = Authorization.ANY;

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;
  private final Environment environment;
  private final boolean demoUsers;

  public IdentitySetup(IdentityService identityService, AuthorizationService authorizationService,
      FilterService filterService, TaskService taskService, Environment environment,
      @Value("${itsm.identity.demo-users:false}") boolean demoUsers) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
    this.environment = environment;
    this.demoUsers = demoUsers;
  }

  /** Runs once the engine is built, before the web server takes requests; a failure stops the start. */
  @Override
  public void afterSingletonsInstantiated() {
    refuseDemoCredentialsInProduction();
    Arrays.stream(ItsmGroup.values()).forEach(this::ensureGroup);
    grantGroupPermissions();
    ensureTaskFilters();
    if (demoUsers) {
      DemoUser.ALL.forEach(this::ensureDemoUser);
      LOG.warn("Demo users are enabled (password '{}'); never use this configuration in production", DemoUser.PASSWORD);
    }
  }

  private void refuseDemoCredentialsInProduction() {
    if (!environment.acceptsProfiles(Profiles.of("prod"))) {
      return;
    }
    if (demoUsers) {
      throw new IllegalStateException("Profile prod: set itsm.identity.demo-users=false");
    }
    for (DemoUser user : DemoUser.ALL) {
      if (identityService.checkPassword(user.id(), DemoUser.PASSWORD)) {
        throw new IllegalStateException("Profile prod: user " + user.id()
            + " still has the demo password; change it or delete the user before starting in production");
      }
    }
  }

  private void ensureGroup(ItsmGroup itsmGroup) {
    Group group = identityService.createGroupQuery().groupId(itsmGroup.id()).singleResult();
    if (group == null) {
      group = identityService.newGroup(itsmGroup.id());
    }
    group.setName(itsmGroup.chineseName());
    group.setType("WORKFLOW");
    identityService.saveGroup(group);
  }

  private void grantGroupPermissions() {
    for (ItsmGroup group : ItsmGroup.taskWorkers()) {
      grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      // to see diagrams and forms of their tasks, and to pick colleagues when reassigning
      grant(group, Resources.PROCESS_DEFINITION, ALL, Permissions.READ);
      grant(group, Resources.USER, ALL, Permissions.READ);
      grant(group, Resources.GROUP, ALL, Permissions.READ);
    }
    // each group starts the processes it owns and reads the instances it works on: task lists show
    // their number and summary, the desk answers customers, engineers look up earlier records
    allowToStart(IncidentProcess.KEY, ItsmGroup.SERVICE_DESK);
    allowToRead(IncidentProcess.KEY, ItsmGroup.SERVICE_DESK, ItsmGroup.OPS_ENGINEERS, ItsmGroup.SECURITY_OFFICERS,
        ItsmGroup.CONFIG_MANAGERS);
    allowToStart(ChangeProcess.KEY, ItsmGroup.OPS_ENGINEERS, ItsmGroup.OPS_MANAGERS, ItsmGroup.RELEASE_MANAGERS);
    allowToRead(ChangeProcess.KEY, ItsmGroup.OPS_ENGINEERS, ItsmGroup.OPS_MANAGERS, ItsmGroup.RELEASE_MANAGERS,
        ItsmGroup.CAB);
    allowToStart(ProblemProcess.KEY, ItsmGroup.OPS_ENGINEERS, ItsmGroup.OPS_MANAGERS);
    allowToRead(ProblemProcess.KEY, ItsmGroup.OPS_ENGINEERS, ItsmGroup.OPS_MANAGERS, ItsmGroup.SERVICE_DESK);
    allowToStart(ReleaseProcess.KEY, ItsmGroup.RELEASE_MANAGERS);
    allowToRead(ReleaseProcess.KEY, ItsmGroup.RELEASE_MANAGERS, ItsmGroup.OPS_ENGINEERS, ItsmGroup.OPS_MANAGERS,
        ItsmGroup.CAB);
    allowToStart(ConfigurationProcess.KEY, ItsmGroup.OPS_ENGINEERS, ItsmGroup.CONFIG_MANAGERS,
        ItsmGroup.RELEASE_MANAGERS);
    allowToRead(ConfigurationProcess.KEY, ItsmGroup.CONFIG_MANAGERS, ItsmGroup.OPS_MANAGERS, ItsmGroup.OPS_ENGINEERS);
    allowToStart(ConfigurationProcess.AUDIT_PROCESS_KEY, ItsmGroup.CONFIG_MANAGERS, ItsmGroup.OPS_MANAGERS);
    allowToRead(ConfigurationProcess.AUDIT_PROCESS_KEY, ItsmGroup.CONFIG_MANAGERS, ItsmGroup.OPS_MANAGERS,
        ItsmGroup.OPS_ENGINEERS);
    allowToStart(ServiceReportingProcess.KEY, ItsmGroup.OPS_MANAGERS, ItsmGroup.QUALITY);
    allowToRead(ServiceReportingProcess.KEY, ItsmGroup.OPS_MANAGERS, ItsmGroup.QUALITY, ItsmGroup.OPS_ENGINEERS,
        ItsmGroup.SERVICE_DESK);
    allowToStart(ServiceLevelProcess.KEY, ItsmGroup.OPS_MANAGERS, ItsmGroup.SERVICE_DESK);
    allowToRead(ServiceLevelProcess.KEY, ItsmGroup.OPS_MANAGERS, ItsmGroup.QUALITY, ItsmGroup.OPS_ENGINEERS,
        ItsmGroup.SERVICE_DESK);
    allowToStart(CapacityProcess.KEY, ItsmGroup.OPS_ENGINEERS);
    allowToRead(CapacityProcess.KEY, ItsmGroup.OPS_ENGINEERS, ItsmGroup.OPS_MANAGERS);
    allowToRead(CapacityProcess.REVIEW_KEY, ItsmGroup.OPS_ENGINEERS, ItsmGroup.OPS_MANAGERS);
    allowToStart(ContinuityDrillProcess.KEY, ItsmGroup.OPS_MANAGERS);
    allowToRead(ContinuityDrillProcess.KEY, ItsmGroup.OPS_MANAGERS, ItsmGroup.OPS_ENGINEERS, ItsmGroup.QUALITY);
    allowToRead(ContinuityDrillProcess.SCHEDULING_KEY, ItsmGroup.OPS_MANAGERS);
    allowToStart(AvailabilityProcess.KEY, ItsmGroup.OPS_ENGINEERS, ItsmGroup.OPS_MANAGERS);
    allowToRead(AvailabilityProcess.KEY, ItsmGroup.OPS_ENGINEERS, ItsmGroup.OPS_MANAGERS, ItsmGroup.QUALITY,
        ItsmGroup.AUDITORS);
    allowToStart(SecurityIncidentProcess.KEY, ItsmGroup.SECURITY_OFFICERS, ItsmGroup.OPS_ENGINEERS,
        ItsmGroup.SERVICE_DESK, ItsmGroup.OPS_MANAGERS);
    allowToRead(SecurityIncidentProcess.KEY, ItsmGroup.SECURITY_OFFICERS, ItsmGroup.OPS_MANAGERS);
    allowToStart(SecurityRiskAssessmentProcess.KEY, ItsmGroup.SECURITY_OFFICERS, ItsmGroup.OPS_MANAGERS);
    allowToRead(SecurityRiskAssessmentProcess.KEY, ItsmGroup.SECURITY_OFFICERS, ItsmGroup.OPS_MANAGERS);
    allowToRead(KpiReviewProcess.KEY, ItsmGroup.OPS_MANAGERS, ItsmGroup.QUALITY);
    allowToRead(KpiReviewProcess.IMPROVEMENT_KEY, ItsmGroup.OPS_MANAGERS, ItsmGroup.QUALITY);

    for (ItsmGroup reader : new ItsmGroup[] {ItsmGroup.OPS_MANAGERS, ItsmGroup.AUDITORS, ItsmGroup.QUALITY}) {
      grant(reader, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      grant(reader, Resources.PROCESS_DEFINITION, ALL, Permissions.READ, Permissions.READ_HISTORY,
          ProcessDefinitionPermissions.READ_INSTANCE);
      grant(reader, Resources.DECISION_DEFINITION, ALL, Permissions.READ, Permissions.READ_HISTORY);
      grant(reader, Resources.DECISION_REQUIREMENTS_DEFINITION, ALL, Permissions.READ);
      grant(reader, Resources.DEPLOYMENT, ALL, Permissions.READ);
      grant(reader, Resources.PROCESS_INSTANCE, ALL, Permissions.READ);
    }
    grant(ItsmGroup.AUDITORS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);

    for (Resource resource : Resources.values()) {
      grant(ItsmGroup.CAMUNDA_ADMIN, resource, ALL, Permissions.ALL);
    }
  }

  private void allowToStart(String processKey, ItsmGroup... groups) {
    for (ItsmGroup group : groups) {
      grant(group, Resources.PROCESS_DEFINITION, processKey, ProcessDefinitionPermissions.CREATE_INSTANCE);
      grant(group, Resources.PROCESS_INSTANCE, ALL, Permissions.CREATE);
    }
  }

  private void allowToRead(String processKey, ItsmGroup... groups) {
    for (ItsmGroup group : groups) {
      grant(group, Resources.PROCESS_DEFINITION, processKey, ProcessDefinitionPermissions.READ_INSTANCE,
          Permissions.READ_HISTORY);
    }
  }

  private void grant(ItsmGroup group, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT).groupIdIn(group.id()).resourceType(resource).resourceId(resourceId)
        .singleResult();
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(group.id());
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizationService.saveAuthorization(authorization);
  }

  private void ensureTaskFilters() {
    ensureFilter("我的任务", -10, "分配给我的任务", taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    ensureFilter("我组的任务", 0, "我所在组可以领取的任务",
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned());
    ensureFilter("全部可见任务", 10, "我有权查看的全部任务", taskService.createTaskQuery());
  }

  private void ensureFilter(String name, int priority, String description, TaskQuery query) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name);
    }
    filter.setQuery(query);
    filter.setProperties(Map.of("priority", priority, "description", description, "refresh", true,
        "variables", java.util.List.of(
            Map.of("name", "incidentNumber", "label", "事件编号"),
            Map.of("name", "changeNumber", "label", "变更编号"),
            Map.of("name", "problemNumber", "label", "问题编号"),
            Map.of("name", "releaseNumber", "label", "发布编号"),
            Map.of("name", "serviceLevelNumber", "label", "服务级别管理编号"),
            Map.of("name", "outageNumber", "label", "服务中断编号"),
            Map.of("name", "drillNumber", "label", "演练编号"),
            Map.of("name", "capacityNumber", "label", "容量单编号"),
            Map.of("name", "securityIncidentNumber", "label", "安全事件编号"),
            Map.of("name", "assessmentNumber", "label", "风险评估编号"),
            Map.of("name", "title", "label", "标题"),
            Map.of("name", "summary", "label", "摘要"),
            Map.of("name", "priority", "label", "优先级"),
            Map.of("name", "serviceName", "label", "服务"))));
    filterService.saveFilter(filter);
    for (ItsmGroup group : ItsmGroup.values()) {
      grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
    }
  }

  private void ensureDemoUser(DemoUser demo) {
    if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
      User user = identityService.newUser(demo.id());
      user.setFirstName(demo.firstName());
      user.setLastName(demo.lastName());
      user.setEmail(demo.email());
      user.setPassword(DemoUser.PASSWORD);
      identityService.saveUser(user);
    }
    if (identityService.createUserQuery().userId(demo.id()).memberOfGroup(demo.group().id()).count() == 0) {
      identityService.createMembership(demo.id(), demo.group().id());
    }
  }
}
