package com.yuanjing.itsm.demo;

import com.yuanjing.itsm.change.ChangeProcess;
import com.yuanjing.itsm.change.ChangeService;
import com.yuanjing.itsm.incident.IncidentProcess;
import com.yuanjing.itsm.incident.IncidentService;
import com.yuanjing.itsm.problem.ProblemProcess;
import com.yuanjing.itsm.release.ReleaseProcess;
import com.yuanjing.itsm.reporting.ServiceReportingProcess;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * What the people of the demo do and how often: customers report incidents (more in office hours, fewer at
 * weekends), engineers answer and resolve them mostly within their service level, customers confirm, sometimes
 * reopen or never answer; every service has standard changes in its maintenance windows, the banking services
 * releases under such a change, problems are raised from trends besides those the incidents raise themselves, and
 * the monthly service reports are drafted, reviewed, approved and submitted, a few of them late.
 * The shares are drawn from one seeded random source, so the same seed plays the same history.
 */
@Component
public class DemoOperations {

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter PLANNED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmxxx");
  private static final List<String> ENGINEERS = List.of("engineer", "engineer2");
  private static final String DESK = "desk";
  private static final String MANAGER = "manager";
  private static final String RELEASE_MANAGER = "release";
  private static final String QUALITY = "quality";

  /** A service of the catalogue, how much of the load it has and the start of its weekly maintenance window. */
  private record DemoService(String id, double share, DayOfWeek windowDay, LocalTime windowStart) {}

  private static final List<DemoService> SERVICES = List.of(
      new DemoService("online-banking", 0.35, DayOfWeek.SATURDAY, LocalTime.of(22, 0)),
      new DemoService("core-accounting", 0.20, DayOfWeek.SUNDAY, LocalTime.of(1, 0)),
      new DemoService("customer-portal", 0.25, DayOfWeek.WEDNESDAY, LocalTime.of(22, 0)),
      new DemoService("office-oa", 0.20, DayOfWeek.SATURDAY, LocalTime.of(9, 0)));
  // CAPACITY and SECURITY are rare: their KPIs count single events
  private static final List<String> CATEGORIES = List.of("APPLICATION", "DATABASE", "MIDDLEWARE", "SERVER", "NETWORK",
      "OTHER", "CAPACITY", "SECURITY");
  private static final double[] CATEGORY_SHARES = {0.34, 0.12, 0.10, 0.12, 0.15, 0.165, 0.0015, 0.0035};
  private static final List<String> SEVERITIES = List.of("HIGH", "MEDIUM", "LOW");
  private static final List<String> STANDARD_CHANGES = List.of("STD-APP-RESTART", "STD-LOG-CLEANUP",
      "STD-CERT-RENEWAL", "STD-CONFIG-PARAM");

  private final ProcessEngine engine;
  private final IncidentService incidents;
  private final ChangeService changes;
  private final Map<String, Function<Task, TaskWork>> work = new HashMap<>();
  private Random random;
  private DemoHistoryGenerator.Run run;
  private DemoHistoryProperties properties;
  private int releaseNumber;

  public DemoOperations(ProcessEngine engine, IncidentService incidents, ChangeService changes) {
    this.engine = engine;
    this.incidents = incidents;
    this.changes = changes;
    incidentWork();
    problemWork();
    changeWork();
    releaseWork();
    reportingWork();
  }

  /** Starts the daily arrivals of a run at {@code start}. */
  void begin(DemoHistoryGenerator.Run run, Instant start, DemoHistoryProperties properties) {
    this.run = run;
    this.properties = properties;
    this.random = new Random(properties.seed());
    this.releaseNumber = 0;
    LocalDate first = start.atZone(BEIJING).toLocalDate().plusDays(1);
    run.schedule(first.atStartOfDay(BEIJING).toInstant(), () -> day(first));
  }

  /** What a demo user does with a new task, or null when it is left for the timers or for the real users. */
  TaskWork work(Task task) {
    Function<Task, TaskWork> rule = work.get(task.getTaskDefinitionKey());
    return rule == null ? null : rule.apply(task);
  }

  // ---- arrivals

  private void day(LocalDate date) {
    run.schedule(date.plusDays(1).atStartOfDay(BEIJING).toInstant(), () -> day(date.plusDays(1)));
    boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    double perDay = properties.incidentsPerMonth() * 12 / 365.0 * (weekend ? 0.5 : 1.2);
    long count = Math.round(perDay * (0.7 + 0.6 * random.nextDouble()));
    for (int i = 0; i < count; i++) {
      // office hours have seven in ten
      int minute = random.nextDouble() < 0.7 ? 8 * 60 + random.nextInt(10 * 60) : random.nextInt(24 * 60);
      run.schedule(date.atStartOfDay(BEIJING).plusMinutes(minute).plusSeconds(random.nextInt(60)).toInstant(),
          this::reportIncident);
    }
    // per 1,000 incidents a month: about 14 standard changes a week, 4 releases and 2 problems from trends a month
    double scale = properties.incidentsPerMonth() / 1000.0;
    if (date.getDayOfWeek() == DayOfWeek.MONDAY) {
      for (DemoService service : SERVICES) {
        repeat(3.5 * scale * service.share() * 4, () -> at(date, 9, 180, () -> requestChange(service, date)));
      }
      repeat(scale, () -> at(date, 10, 240, () -> registerRelease(date)));
    }
    repeat(2 * scale * 12 / 365, () -> at(date, 9, 480, this::reportProblem));
  }

  /** Runs {@code action} about {@code mean} times: the whole part always, the rest by chance. */
  private void repeat(double mean, Runnable action) {
    long times = (long) mean + (random.nextDouble() < mean - (long) mean ? 1 : 0);
    for (long i = 0; i < times; i++) {
      action.run();
    }
  }

  /** Schedules at a random minute within {@code minutes} after {@code hour} o'clock of the day. */
  private void at(LocalDate date, int hour, int minutes, Runnable action) {
    run.schedule(date.atTime(hour, 0).atZone(BEIJING).plusMinutes(random.nextInt(minutes)).toInstant(), action);
  }

  private void reportIncident() {
    DemoService service = service();
    String impact = pick(SEVERITIES, 0.08, 0.40);
    String urgency = pick(SEVERITIES, 0.12, 0.45);
    String category = CATEGORIES.get(weighted(CATEGORY_SHARES));
    Map<String, Object> report = new HashMap<>();
    report.put(IncidentProcess.Variables.REPORTER, "客户" + (char) ('A' + random.nextInt(26)));
    report.put(IncidentProcess.Variables.REPORTER_CONTACT, "1380013" + (1000 + random.nextInt(9000)));
    report.put(IncidentProcess.Variables.SERVICE_ID, service.id());
    report.put(IncidentProcess.Variables.INCIDENT_TYPE, random.nextDouble() < 0.75 ? "FAULT" : "TECHNICAL_SUPPORT");
    report.put(IncidentProcess.Variables.IMPACT, impact);
    report.put(IncidentProcess.Variables.URGENCY, urgency);
    report.put(IncidentProcess.Variables.CATEGORY, category);
    report.put(IncidentProcess.Variables.SUMMARY, "服务异常：" + category);
    report.put(IncidentProcess.Variables.DESCRIPTION, "客户反映服务使用异常，请尽快处理。");
    incidents.report(report);
  }

  private void requestChange(DemoService service, LocalDate monday) {
    ZonedDateTime start = monday.with(TemporalAdjusters.next(service.windowDay())).atTime(service.windowStart())
        .atZone(BEIJING).plusMinutes(30L * random.nextInt(4));
    changes.request(change(service, start));
  }

  private Map<String, Object> change(DemoService service, ZonedDateTime start) {
    Map<String, Object> request = new HashMap<>();
    request.put(ChangeProcess.Variables.TITLE, "例行维护：" + service.id());
    request.put(ChangeProcess.Variables.SERVICE_ID, service.id());
    request.put(ChangeProcess.Variables.STANDARD_CHANGE_ID, STANDARD_CHANGES.get(random.nextInt(STANDARD_CHANGES.size())));
    request.put("reason", "例行维护");
    request.put("description", "按标准变更流程执行");
    request.put("downtimeRequired", false);
    request.put("doneBefore", true);
    request.put("tested", true);
    request.put(ChangeProcess.Variables.PLANNED_START, start.format(PLANNED));
    request.put(ChangeProcess.Variables.PLANNED_END, start.plusHours(1).format(PLANNED));
    request.put("implementationPlan", "按操作手册执行");
    request.put("testPlan", "检查服务状态");
    request.put("backoutPlan", "恢复变更前配置");
    return request;
  }

  /** A release of online banking under a standard change of its next window, registered the same day. */
  private void registerRelease(LocalDate monday) {
    DemoService service = SERVICES.get(0);
    ZonedDateTime start = monday.with(TemporalAdjusters.next(service.windowDay())).atTime(service.windowStart())
        .atZone(BEIJING);
    ProcessInstance change = changes.request(change(service, start));
    int number = ++releaseNumber;
    String version = "3." + number / 10 + "." + number % 10;
    Map<String, Object> release = new HashMap<>();
    release.put(ReleaseProcess.Variables.TITLE, "交易服务 " + version + " 发布");
    release.put(ReleaseProcess.Variables.SERVICE_ID, service.id());
    release.put(ReleaseProcess.Variables.CHANGE_KEY, change.getBusinessKey());
    release.put(ReleaseProcess.Variables.APPLICATIONS, "trade-service:" + version);
    release.put(ReleaseProcess.Variables.DEPLOYED_ON, "app-01,app-02");
    release.put(ReleaseProcess.Variables.PLANNED_START, start.format(PLANNED));
    release.put(ReleaseProcess.Variables.PACKAGE_NAME, "trade-service-" + version + ".tar.gz");
    byte[] checksum = new byte[32];
    random.nextBytes(checksum);
    release.put(ReleaseProcess.Variables.PACKAGE_CHECKSUM, HexFormat.of().formatHex(checksum));
    release.put(ReleaseProcess.Variables.PACKAGE_LOCATION, "dsl/trade-service/" + version);
    release.put("testResult", "PASSED");
    release.put("testsPassed", 200 + random.nextInt(100));
    release.put("testsFailed", 0);
    release.put("testsSkipped", 0);
    release.put("acceptanceSignedOff", true);
    release.put("acceptanceSignedBy", "客户方 李经理");
    release.put("securityScanResult", "PASSED");
    if (random.nextDouble() > 0.04) { // a few come without a back-out plan and fail the readiness gate
      release.put(ReleaseProcess.Variables.BACKOUT_PLAN, "回滚到上一版本");
    }
    engine.getRuntimeService().startProcessInstanceByKey(ReleaseProcess.KEY, release);
  }

  private void reportProblem() {
    engine.getRuntimeService().startProcessInstanceByKey(ProblemProcess.KEY, Map.of(
        ProblemProcess.Variables.TITLE, "同类事件增多", ProblemProcess.Variables.SERVICE_ID, service().id(),
        ProblemProcess.Variables.CATEGORY, "APPLICATION", ProblemProcess.Variables.SOURCE, "TREND",
        ProblemProcess.Variables.DESCRIPTION, "趋势分析发现同类事件增多"));
  }

  // ---- the people's work on their tasks

  private void incidentWork() {
    work.put(IncidentProcess.Elements.TASK_ACCEPT_INCIDENT, task ->
        new TaskWork(beforeOrAfterDue(task, 0.04), engineer(), Map.of()));
    work.put(IncidentProcess.Elements.TASK_RESOLVE_INCIDENT, task -> {
      if (random.nextDouble() < 0.06) {
        return new TaskWork(minutes(20, 180), engineer(), Map.of("category", category(), "diagnosis", "需要客户提供信息",
            "resolveOutcome", IncidentProcess.ResolveOutcome.WAIT_FOR_CUSTOMER, "customerQuestion", "请提供报错截图"));
      }
      return new TaskWork(beforeOrAfterDue(task, 0.06), engineer(), Map.of("category", category(),
          "diagnosis", "定位到故障原因", "resolveOutcome", IncidentProcess.ResolveOutcome.RESOLVED,
          "resolutionNote", "已修复并验证"));
    });
    work.put(IncidentProcess.Elements.TASK_WAIT_FOR_CUSTOMER, task ->
        new TaskWork(minutes(30, 24 * 60), engineer(), Map.of("customerReply", "已提供截图")));
    work.put(IncidentProcess.Elements.TASK_CONFIRM_RESOLUTION, task -> {
      double answer = random.nextDouble();
      if (answer < 0.05) {
        return null; // the customer never answers: closed automatically after 3 working days
      }
      if (answer < 0.09) {
        return new TaskWork(minutes(30, 8 * 60), DESK, Map.of("confirmationResult", "NOT_RESOLVED",
            "reopenReason", "问题仍然存在"));
      }
      String code = answer < 0.10 ? "WITHDRAWN" : answer < 0.11 ? "DUPLICATE" : answer < 0.20 ? "WORKAROUND"
          : answer < 0.23 ? "NO_FAULT_FOUND" : "RESOLVED";
      return new TaskWork(minutes(10, 12 * 60), DESK, Map.of("confirmationResult", "CONFIRMED", "closureCode", code));
    });
    work.put(IncidentProcess.Elements.TASK_REVIEW_MAJOR_INCIDENT, task -> new TaskWork(minutes(60, 3 * 24 * 60),
        MANAGER, Map.of("reviewSummary", "已完成重大事件回顾", "lessonsLearned", "加强监控告警",
            "problemRequired", random.nextDouble() < 0.3)));
  }

  private void problemWork() {
    work.put(ProblemProcess.Elements.TASK_LOG_PROBLEM, task -> new TaskWork(minutes(60, 2 * 24 * 60), engineer(),
        Map.of(ProblemProcess.Variables.CATEGORY, "APPLICATION", ProblemProcess.Variables.LOG_DECISION, "ACCEPT")));
    work.put(ProblemProcess.Elements.TASK_INVESTIGATE_PROBLEM, task -> new TaskWork(minutes(4 * 60, 7 * 24 * 60),
        engineer(), Map.of(ProblemProcess.Variables.SYMPTOM, "同类事件反复出现", ProblemProcess.Variables.ROOT_CAUSE,
            "配置缺陷", ProblemProcess.Variables.WORKAROUND, "重启相关服务")));
    work.put(ProblemProcess.Elements.TASK_PLAN_RESOLUTION, task -> random.nextDouble() < 0.1
        ? new TaskWork(minutes(60, 3 * 24 * 60), engineer(), Map.of(ProblemProcess.Variables.RESOLUTION_PLAN,
            "CANNOT_RESOLVE", ProblemProcess.Variables.RESOLUTION_NOTE, "厂商暂无修复方案"))
        : new TaskWork(minutes(60, 5 * 24 * 60), engineer(), Map.of(ProblemProcess.Variables.RESOLUTION_PLAN,
            "FIXED_WITHOUT_CHANGE", ProblemProcess.Variables.RESOLUTION_NOTE, "已修正配置")));
    work.put(ProblemProcess.Elements.TASK_ACCEPT_RISK, task -> new TaskWork(minutes(60, 2 * 24 * 60), MANAGER,
        Map.of(ProblemProcess.Variables.RISK_DECISION, "ACCEPT_RISK",
            ProblemProcess.Variables.RISK_ACCEPTANCE_REASON, "影响可控")));
  }

  private void changeWork() {
    work.put(ChangeProcess.Elements.TASK_RESOLVE_WINDOW_CONFLICT, task -> new TaskWork(minutes(30, 240), engineer(),
        Map.of(ChangeProcess.Variables.CONFLICT_RESOLUTION, "CANCEL")));
    work.put(ChangeProcess.Elements.TASK_IMPLEMENT_CHANGE, task -> new TaskWork(minutes(5, 30), engineer(), Map.of(
        ChangeProcess.Variables.IMPLEMENTATION_RESULT, random.nextDouble() < 0.03 ? "FAILED" : "COMPLETED",
        ChangeProcess.Variables.IMPLEMENTATION_NOTE, "已按计划执行")));
    work.put(ChangeProcess.Elements.TASK_VERIFY_CHANGE, task -> new TaskWork(minutes(10, 30), engineer(), Map.of(
        ChangeProcess.Variables.VERIFICATION_RESULT, random.nextDouble() < 0.02 ? "FAILED" : "PASSED",
        ChangeProcess.Variables.VERIFICATION_NOTE, "服务状态正常")));
    work.put(ChangeProcess.Elements.TASK_BACK_OUT_CHANGE, task -> new TaskWork(minutes(10, 60), engineer(),
        Map.of(ChangeProcess.Variables.BACKOUT_NOTE, "已回退到变更前状态")));
    work.put(ChangeProcess.Elements.TASK_REVIEW_CHANGE, task -> new TaskWork(minutes(24 * 60, 3 * 24 * 60), MANAGER,
        Map.of(ChangeProcess.Variables.REVIEW_SUMMARY, "变更失败原因已分析", ChangeProcess.Variables.LESSONS_LEARNED,
            "补充检查清单")));
  }

  private void releaseWork() {
    work.put(ReleaseProcess.Elements.TASK_COMPLETE_EVIDENCE, task -> new TaskWork(minutes(60, 24 * 60),
        RELEASE_MANAGER, Map.of(ReleaseProcess.Variables.EVIDENCE_DECISION, "WITHDRAW")));
    work.put(ReleaseProcess.Elements.TASK_APPROVE_RELEASE, task -> new TaskWork(minutes(60, 24 * 60),
        RELEASE_MANAGER, random.nextDouble() < 0.05
            ? Map.of(ReleaseProcess.Variables.APPROVAL_DECISION, "REJECT", ReleaseProcess.Variables.APPROVAL_COMMENT,
                "与其他发布冲突")
            : Map.of(ReleaseProcess.Variables.APPROVAL_DECISION, "APPROVE", ReleaseProcess.Variables.APPROVAL_COMMENT,
                "同意发布")));
    work.put(ReleaseProcess.Elements.TASK_DEPLOY_RELEASE, task -> new TaskWork(minutes(10, 60), engineer(), Map.of(
        ReleaseProcess.Variables.DEPLOYMENT_RESULT, random.nextDouble() < 0.03 ? "FAILED" : "COMPLETED",
        ReleaseProcess.Variables.DEPLOYMENT_NOTE, "已部署")));
    work.put(ReleaseProcess.Elements.TASK_SMOKE_TEST, task -> new TaskWork(minutes(10, 40), engineer(), Map.of(
        ReleaseProcess.Variables.SMOKE_TEST_RESULT, random.nextDouble() < 0.03 ? "FAILED" : "PASSED",
        ReleaseProcess.Variables.SMOKE_TEST_NOTE, "核心交易正常")));
    work.put(ReleaseProcess.Elements.TASK_ROLL_BACK_RELEASE, task -> new TaskWork(minutes(10, 60), engineer(),
        Map.of(ReleaseProcess.Variables.ROLLBACK_NOTE, "已回滚")));
  }

  /** The periodic service reports the monthly run starts: drafted within days, a few too late. */
  private void reportingWork() {
    work.put(ServiceReportingProcess.Elements.TASK_DRAFT_REPORT, task -> new TaskWork(random.nextDouble() < 0.05
        ? minutes(6 * 24 * 60, 9 * 24 * 60) : minutes(4 * 60, 3 * 24 * 60), engineer(),
        Map.of(ServiceReportingProcess.Variables.DOCUMENT_REFERENCE, "DOC-" + task.getId().substring(0, 8))));
    work.put(ServiceReportingProcess.Elements.TASK_REVIEW_REPORT_QUALITY, task -> new TaskWork(minutes(60, 24 * 60),
        QUALITY, Map.of(ServiceReportingProcess.Variables.MEETS_QUALITY_REQUIREMENTS, true,
            ServiceReportingProcess.Variables.MATCHES_BUSINESS_DIRECTION, true,
            ServiceReportingProcess.Variables.MEETS_CUSTOMER_NEEDS, true)));
    work.put(ServiceReportingProcess.Elements.TASK_APPROVE_REPORT, task -> new TaskWork(minutes(60, 24 * 60), MANAGER,
        Map.of(ServiceReportingProcess.Variables.APPROVAL_DECISION, "APPROVE")));
    work.put(ServiceReportingProcess.Elements.TASK_SUBMIT_REPORT, task -> new TaskWork(minutes(10, 8 * 60), DESK,
        Map.of(ServiceReportingProcess.Variables.SUBMISSION_NOTE, "已邮件发送至客户")));
  }

  // ---- chances and durations

  /**
   * How long after its creation a task with a due date is done: late by up to an hour with chance {@code late},
   * else within the first nine tenths of the time left.
   */
  private Duration beforeOrAfterDue(Task task, double late) {
    long left = task.getDueDate() == null ? Duration.ofHours(4).toMillis()
        : Math.max(60_000, task.getDueDate().getTime() - task.getCreateTime().getTime());
    if (random.nextDouble() < late) {
      return Duration.ofMillis(left).plus(minutes(1, 60));
    }
    return Duration.ofMillis((long) (left * (0.05 + 0.85 * random.nextDouble())));
  }

  private Duration minutes(int least, int most) {
    return Duration.ofMinutes(least + random.nextInt(most - least + 1));
  }

  private String engineer() {
    return ENGINEERS.get(random.nextInt(ENGINEERS.size()));
  }

  private DemoService service() {
    return SERVICES.get(weighted(SERVICES.stream().mapToDouble(DemoService::share).toArray()));
  }

  /** The resolver's category: mostly the reported one is right, which this demo does not track. */
  private String category() {
    return CATEGORIES.get(weighted(CATEGORY_SHARES));
  }

  /** HIGH, MEDIUM or LOW with the chances of the first two. */
  private String pick(List<String> values, double first, double second) {
    double draw = random.nextDouble();
    return values.get(draw < first ? 0 : draw < first + second ? 1 : 2);
  }

  private int weighted(double[] shares) {
    double draw = random.nextDouble() * Arrays.stream(shares).sum();
    for (int i = 0; i < shares.length - 1; i++) {
      draw -= shares[i];
      if (draw < 0) {
        return i;
      }
    }
    return shares.length - 1;
  }
}
