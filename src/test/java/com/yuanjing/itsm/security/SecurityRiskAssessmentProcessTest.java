package com.yuanjing.itsm.security;

import static com.yuanjing.itsm.security.SecurityRiskAssessmentProcess.Elements.*;
import static com.yuanjing.itsm.security.SecurityRiskAssessmentProcess.Variables.*;
import static com.yuanjing.itsm.testsupport.ProcessTests.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.yuanjing.itsm.identity.ItsmGroup;
import com.yuanjing.itsm.numbering.BusinessKeys;
import com.yuanjing.itsm.testsupport.ProcessTests;
import com.yuanjing.itsm.testsupport.TestProcessEngine;
import com.yuanjing.itsm.validation.InvalidInputException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The annual risk assessment on the real model, with the risk register on the test database: listed, rated and
 * treated one task per risk, reviewed, returned and approved; the yearly timer start.
 */
@Tag("database")
@Deployment(resources = {"processes/security-risk-assessment.bpmn", "forms/security/identify-security-risks.form",
    "forms/security/assess-security-risk.form", "forms/security/plan-risk-treatment.form",
    "forms/security/review-risk-assessment.form"})
class SecurityRiskAssessmentProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder(TestProcessEngine.configuration("security-risk"))
      .assertClassCoverageAtLeast(0.9)
      .build();

  private static final AtomicLong NUMBERS = new AtomicLong();
  private static boolean migrated;
  private static final String TWO_RISKS = """
      网上银行系统｜SQL注入攻击｜部分接口未做参数化查询

      客户数据库|内部人员违规导出|缺少数据库审计
      """;

  private RuntimeService runtimeService;
  private TaskService taskService;
  private ManagementService managementService;
  private IdentityService identityService;
  private SecurityRiskRegister register;

  @BeforeEach
  void wire() {
    ProcessEngine engine = extension.getProcessEngine();
    BpmnAwareTests.init(engine);
    runtimeService = engine.getRuntimeService();
    taskService = engine.getTaskService();
    managementService = engine.getManagementService();
    identityService = engine.getIdentityService();
    new SecurityIncidentFixture(engine); // users in their groups, reading the definitions as in the application
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    DataSource dataSource = new DriverManagerDataSource(configuration.getJdbcUrl(), configuration.getJdbcUsername(),
        configuration.getJdbcPassword());
    if (!migrated) {
      // the suite's tables beside the engine's, as the application's Flyway set-up creates them
      Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").table("itsm_schema_history")
          .baselineOnMigrate(true).baselineVersion("0").load().migrate();
      migrated = true;
    }
    register = new SecurityRiskRegister(new JdbcTemplate(dataSource));
    BusinessKeys businessKeys = prefix -> BusinessKeys.format(prefix, 2026, NUMBERS.incrementAndGet());
    Mocks.register("registerRiskAssessmentListener", new RegisterRiskAssessmentListener(businessKeys));
    Mocks.register("securityRiskRegister", register);
    Mocks.register("prepareRiskTaskListener", new PrepareRiskTaskListener(register));
    Mocks.register("validateRiskTaskListener", new ValidateRiskTaskListener(new RiskTaskFormValidator(), register));
    Mocks.register("clearRiskChoicesListener", new ClearRiskChoicesListener());
    at("2026-03-02T10:00");
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    Mocks.reset();
  }

  @Test
  void risksAreListedRatedTreatedAndTheAssessmentApproved() {
    ProcessInstance assessment = request(2026);

    assertThat(assessment.getBusinessKey()).matches("RSK-2026-\\d{6}");
    assertThat(assessment).hasPassed(START_EVENT_ASSESSMENT_REQUESTED).isWaitingAt(TASK_IDENTIFY_RISKS);
    complete(assessment, TASK_IDENTIFY_RISKS, "security", Map.of(RISK_LIST, TWO_RISKS));

    List<Task> assessTasks = tasks(assessment, TASK_ASSESS_RISK);
    assertThat(assessTasks).hasSize(2);
    assertThat(taskService.getVariable(assessTasks.get(0).getId(), RISK_ASSET)).isIn("网上银行系统", "客户数据库");
    for (Task task : assessTasks) {
      boolean bank = "网上银行系统".equals(taskService.getVariable(task.getId(), RISK_ASSET));
      complete(task, "security", Map.of(LIKELIHOOD, bank ? 4 : 2, IMPACT, bank ? 5 : 4));
    }
    List<Task> planTasks = tasks(assessment, TASK_PLAN_RISK_TREATMENT);
    assertThat(planTasks).hasSize(2);
    for (Task task : planTasks) {
      boolean bank = "网上银行系统".equals(taskService.getVariable(task.getId(), RISK_ASSET));
      assertThat(taskService.getVariable(task.getId(), RISK_LEVEL)).isEqualTo(bank ? "HIGH" : "MEDIUM");
      complete(task, "security", Map.of(TREATMENT, bank ? "REDUCE" : "TRANSFER",
          TREATMENT_MEASURE, bank ? "全部接口改为参数化查询" : "购买数据安全保险", RISK_OWNER, "engineer",
          TREATMENT_DUE_DATE, "2026-06-30"));
    }
    assertThat(risksOf(assessment)).allMatch(risk -> !risk.approved());
    complete(assessment, TASK_REVIEW_RISK_ASSESSMENT, "manager", Map.of(REVIEW_DECISION, "APPROVE"));

    assertThat(assessment).isEnded().hasPassed(END_EVENT_RISK_ASSESSMENT_APPROVED);
    assertThat(ProcessTests.historicVariable(extension.getProcessEngine().getHistoryService(), assessment, REVIEWED_BY))
        .isEqualTo("manager");
    assertThat(risksOf(assessment)).extracting(SecurityRisk::riskNumber, SecurityRisk::asset, SecurityRisk::likelihood,
        SecurityRisk::impact, SecurityRisk::riskLevel, SecurityRisk::treatment, SecurityRisk::riskOwner,
        SecurityRisk::treatmentDue, SecurityRisk::approved).containsExactly(
        tuple(1, "网上银行系统", 4, 5, "HIGH", "REDUCE", "engineer", LocalDate.of(2026, 6, 30), true),
        tuple(2, "客户数据库", 2, 4, "MEDIUM", "TRANSFER", "engineer", LocalDate.of(2026, 6, 30), true));
  }

  @Test
  void managersReturnTheAssessmentWithAReasonAndTheRisksAreListedAgain() {
    ProcessInstance assessment = request(2026);
    complete(assessment, TASK_IDENTIFY_RISKS, "security", Map.of(RISK_LIST, TWO_RISKS));
    rateAndTreatAll(assessment);

    assertThatThrownBy(() -> complete(assessment, TASK_REVIEW_RISK_ASSESSMENT, "manager",
        Map.of(REVIEW_DECISION, "RETURN"))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("评审意见：不能为空");
    complete(assessment, TASK_REVIEW_RISK_ASSESSMENT, "manager",
        Map.of(REVIEW_DECISION, "RETURN", REVIEW_COMMENT, "遗漏了办公网络的风险"));

    assertThat(assessment).isWaitingAt(TASK_IDENTIFY_RISKS);
    assertThat(runtimeService.getVariable(assessment.getId(), RETURN_REASON)).isEqualTo("遗漏了办公网络的风险");
    assertThat(runtimeService.getVariable(assessment.getId(), RISK_LIST)).as("the list is offered again")
        .isEqualTo(TWO_RISKS);
    complete(assessment, TASK_IDENTIFY_RISKS, "security", Map.of(RISK_LIST, "办公网络｜钓鱼邮件｜员工安全意识不足"));
    assertThat(risksOf(assessment)).extracting(SecurityRisk::asset).containsExactly("办公网络");
    rateAndTreatAll(assessment);
    assertThat(runtimeService.getVariable(assessment.getId(), REVIEW_DECISION)).as("the second review starts empty")
        .isNull();
    complete(assessment, TASK_REVIEW_RISK_ASSESSMENT, "manager", Map.of(REVIEW_DECISION, "APPROVE"));

    assertThat(assessment).isEnded().hasPassed(END_EVENT_RISK_ASSESSMENT_APPROVED);
    assertThat(risksOf(assessment)).singleElement().satisfies(risk -> {
      assertThat(risk.approved()).isTrue();
      assertThat(risk.riskLevel()).isEqualTo("LOW");
    });
  }

  @Test
  void assessmentStartsByItselfOnFifteenJanuaryEveryYear() {
    Job timer = managementService.createJobQuery().timers().singleResult();
    assertThat(timer.getProcessInstanceId()).as("a timer start event").isNull();
    LocalDateTime due = LocalDateTime.ofInstant(timer.getDuedate().toInstant(), ZoneId.systemDefault());
    assertThat(due).isEqualTo(LocalDateTime.of(2027, 1, 15, 9, 0));

    ClockUtil.setCurrentTime(timer.getDuedate());
    managementService.executeJob(timer.getId());

    ProcessInstance assessment = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(SecurityRiskAssessmentProcess.KEY).singleResult();
    assertThat(assessment).hasPassed(START_EVENT_ANNUAL_ASSESSMENT_DUE).isWaitingAt(TASK_IDENTIFY_RISKS);
    assertThat(runtimeService.getVariable(assessment.getId(), ASSESSMENT_YEAR)).isEqualTo(2027);
    assertThat(runtimeService.getVariable(assessment.getId(), REQUESTED_BY)).isNull();
    assertThat(managementService.createJobQuery().timers().singleResult().getDuedate())
        .as("next year's").isAfter(timer.getDuedate());
  }

  @Test
  void badFormsAreRefusedNamingTheFieldAndChangeNothing() {
    ProcessInstance assessment = request(2026);

    assertThatThrownBy(() -> complete(assessment, TASK_IDENTIFY_RISKS, "security",
        Map.of(RISK_LIST, "网上银行系统｜SQL注入\n\n客户数据库｜｜缺少审计"))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("风险清单：第 1 行应为").hasMessageContaining("风险清单：第 3 行应为");
    assertThatThrownBy(() -> complete(assessment, TASK_IDENTIFY_RISKS, "security", Map.of(RISK_LIST, " \n ")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("风险清单：不能为空");
    assertThat(risksOf(assessment)).isEmpty();

    complete(assessment, TASK_IDENTIFY_RISKS, "security", Map.of(RISK_LIST, "办公网络｜钓鱼邮件｜员工安全意识不足"));
    Task assess = tasks(assessment, TASK_ASSESS_RISK).get(0);
    assertThatThrownBy(() -> complete(assess, "security", Map.of(LIKELIHOOD, 6))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("可能性：必须是 1 到 5 的整数").hasMessageContaining("影响：不能为空");
    complete(assess, "security", Map.of(LIKELIHOOD, 1, IMPACT, 5));
    Task plan = tasks(assessment, TASK_PLAN_RISK_TREATMENT).get(0);
    assertThatThrownBy(() -> complete(plan, "security", Map.of(TREATMENT, "IGNORE", TREATMENT_DUE_DATE, "明年")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("处置方式：取值“IGNORE”无效")
        .hasMessageContaining("处置措施：不能为空").hasMessageContaining("负责人：不能为空")
        .hasMessageContaining("完成期限：格式应为 2026-12-31");
    Map<String, Object> yesterday = Map.of(TREATMENT, "REDUCE", TREATMENT_MEASURE, "开展钓鱼演练",
        RISK_OWNER, "security", TREATMENT_DUE_DATE, "2026-03-01");
    assertThatThrownBy(() -> complete(plan, "security", yesterday)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("完成期限：不能早于今天");
    assertThat(risksOf(assessment)).singleElement().satisfies(risk -> assertThat(risk.treatment()).isNull());
  }

  @Test
  void dueDatesAreReadAsBeijingDates() {
    assertThat(RiskTaskFormValidator.dueDate("2026-06-30")).isEqualTo(LocalDate.of(2026, 6, 30));
    // 20:00 UTC on 30 June is already 1 July in Beijing
    assertThat(RiskTaskFormValidator.dueDate("2026-06-30T20:00:00Z")).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(RiskTaskFormValidator.dueDate("2026-06-30T20:00:00.000+08:00")).isEqualTo(LocalDate.of(2026, 6, 30));
    assertThat(RiskTaskFormValidator.dueDate("2026-06-30T23:30")).isEqualTo(LocalDate.of(2026, 6, 30));
    assertThat(RiskTaskFormValidator.dueDate("2026-06-30garbage")).isNull();
  }

  // --- helpers -------------------------------------------------------------------------------------

  private ProcessInstance request(int year) {
    ProcessInstance assessment = runtimeService.createMessageCorrelation(
        SecurityRiskAssessmentProcess.MESSAGE_ASSESSMENT_REQUESTED).setVariable(ASSESSMENT_YEAR, year)
        .correlateStartMessage();
    ProcessTests.runDueJobs(managementService);
    return assessment;
  }

  /** The register's rows of this assessment (other tests' assessments share the database). */
  private List<SecurityRisk> risksOf(ProcessInstance assessment) {
    return register.ofYear(2026).stream()
        .filter(risk -> risk.assessmentKey().equals(assessment.getBusinessKey())).toList();
  }

  private void rateAndTreatAll(ProcessInstance assessment) {
    for (Task task : tasks(assessment, TASK_ASSESS_RISK)) {
      complete(task, "security", Map.of(LIKELIHOOD, 2, IMPACT, 3));
    }
    for (Task task : tasks(assessment, TASK_PLAN_RISK_TREATMENT)) {
      complete(task, "security", Map.of(TREATMENT, "ACCEPT", TREATMENT_MEASURE, "接受并每季度复查",
          RISK_OWNER, "security", TREATMENT_DUE_DATE, "2026-12-31"));
    }
  }

  private List<Task> tasks(ProcessInstance assessment, String taskKey) {
    return taskService.createTaskQuery().processInstanceId(assessment.getId()).taskDefinitionKey(taskKey)
        .orderByTaskId().asc().list();
  }

  private void complete(ProcessInstance assessment, String taskKey, String user, Map<String, Object> values) {
    complete(tasks(assessment, taskKey).get(0), user, values);
  }

  /** As the user in Tasklist: claimed, then completed with the form's values. */
  private void complete(Task task, String user, Map<String, Object> values) {
    if (taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee() == null) {
      taskService.claim(task.getId(), user);
    }
    ItsmGroup group = SecurityIncidentFixture.USERS.get(user);
    identityService.setAuthentication(user, List.of(group.id()));
    try {
      taskService.complete(task.getId(), new HashMap<>(values));
    } finally {
      identityService.clearAuthentication();
    }
    ProcessTests.runDueJobs(managementService);
  }
}
