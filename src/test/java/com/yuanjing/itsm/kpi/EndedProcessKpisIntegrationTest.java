package com.yuanjing.itsm.kpi;

import static com.yuanjing.itsm.testsupport.ProcessTests.at;
import static com.yuanjing.itsm.testsupport.ProcessTests.beijing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.yuanjing.itsm.change.ChangeProcess;
import com.yuanjing.itsm.change.ChangeRequests;
import com.yuanjing.itsm.change.ChangeService;
import com.yuanjing.itsm.problem.ProblemProcess;
import com.yuanjing.itsm.release.ReleaseProcess;
import com.yuanjing.itsm.release.ReleaseRegistrations;
import com.yuanjing.itsm.testsupport.ProcessTests;
import com.yuanjing.itsm.testsupport.SuiteIntegrationTest;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Problem resolution, change success and release success as known answers over problems, changes and releases
 * driven through the real processes in November 2026 (Beijing time), in the order the clock runs. Each counts the
 * instances that ended in its two counted end events in the period; the others and open ones are left out.
 */
@SuiteIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndedProcessKpisIntegrationTest {

  private static final ReportingPeriod NOVEMBER = ReportingPeriod.parse("2026-11");
  private static final ReportingPeriod DECEMBER = ReportingPeriod.parse("2026-12");

  @Autowired ProcessEngine engine;
  @Autowired ChangeService changes;
  @Autowired KpiService kpis;

  ProcessInstance changeSucceeded;
  ProcessInstance changeFailed;
  ProcessInstance changeEndingAt2359;
  ProcessInstance changeEndingAtMidnight;
  ProcessInstance changeRejected;
  ProcessInstance changeCancelled;
  ProcessInstance changeOpen;
  ProcessInstance releaseSucceeded;
  ProcessInstance releaseFailed;
  ProcessInstance releaseRejected;
  ProcessInstance releaseWithdrawn;
  ProcessInstance releaseOpen;
  ProcessInstance problemResolved;
  ProcessInstance problemNotResolved;
  ProcessInstance problemDuplicate;
  ProcessInstance problemOpen;
  ProcessInstance problemEndingAt2359;
  ProcessInstance problemEndingAtMidnight;

  @BeforeAll
  void runTheProcesses() {
    at("2026-11-02T09:00");
    changeSucceeded = standardChange("2026-11-07T10:00");
    changeFailed = standardChange("2026-11-07T10:00");
    changeEndingAt2359 = standardChange("2026-11-07T10:00");
    changeEndingAtMidnight = standardChange("2026-11-07T10:00");
    changeOpen = standardChange("2026-12-05T10:00");
    Map<String, Object> emergency = ChangeRequests.valid();
    emergency.put(ChangeProcess.Variables.EMERGENCY, true);
    emergency.put(ChangeProcess.Variables.EMERGENCY_JUSTIFICATION, "生产故障，需立即修复");
    changeRejected = requestChange(emergency);
    complete(changeRejected, ChangeProcess.Elements.TASK_APPROVE_EMERGENCY_CHANGE, "manager", Map.of(
        ChangeProcess.Variables.EMERGENCY_DECISION, "REJECT", ChangeProcess.Variables.APPROVAL_COMMENT, "不属于紧急情况"));
    Map<String, Object> outsideWindow = ChangeRequests.valid();
    outsideWindow.put(ChangeProcess.Variables.PLANNED_START, "2026-11-09T10:00+08:00");
    outsideWindow.put(ChangeProcess.Variables.PLANNED_END, "2026-11-09T11:00+08:00");
    changeCancelled = requestChange(outsideWindow);
    complete(changeCancelled, ChangeProcess.Elements.TASK_RESOLVE_WINDOW_CONFLICT, "engineer",
        Map.of(ChangeProcess.Variables.CONFLICT_RESOLUTION, "CANCEL"));

    releaseSucceeded = approvedRelease();
    releaseFailed = approvedRelease();
    releaseRejected = registerRelease(release());
    complete(releaseRejected, ReleaseProcess.Elements.TASK_APPROVE_RELEASE, "release", Map.of(
        ReleaseProcess.Variables.APPROVAL_DECISION, "REJECT", ReleaseProcess.Variables.APPROVAL_COMMENT, "窗口冲突"));
    Map<String, Object> withoutBackOutPlan = release();
    withoutBackOutPlan.remove(ReleaseProcess.Variables.BACKOUT_PLAN);
    releaseWithdrawn = registerRelease(withoutBackOutPlan);
    complete(releaseWithdrawn, ReleaseProcess.Elements.TASK_COMPLETE_EVIDENCE, "release",
        Map.of(ReleaseProcess.Variables.EVIDENCE_DECISION, "WITHDRAW"));
    releaseOpen = registerRelease(release());

    problemResolved = investigatedProblem();
    fixWithoutChange(problemResolved);
    problemNotResolved = investigatedProblem();
    complete(problemNotResolved, ProblemProcess.Elements.TASK_PLAN_RESOLUTION, "engineer", Map.of(
        ProblemProcess.Variables.RESOLUTION_PLAN, "CANNOT_RESOLVE",
        ProblemProcess.Variables.RESOLUTION_NOTE, "厂商不再支持"));
    complete(problemNotResolved, ProblemProcess.Elements.TASK_ACCEPT_RISK, "manager", Map.of(
        ProblemProcess.Variables.RISK_DECISION, "ACCEPT_RISK", ProblemProcess.Variables.RISK_ACCEPTANCE_REASON, "影响小"));
    problemDuplicate = reportProblem();
    complete(problemDuplicate, ProblemProcess.Elements.TASK_LOG_PROBLEM, "engineer", Map.of(
        ProblemProcess.Variables.CATEGORY, "APPLICATION", ProblemProcess.Variables.LOG_DECISION, "DUPLICATE",
        ProblemProcess.Variables.DUPLICATE_OF, problemResolved.getBusinessKey()));
    problemOpen = investigatedProblem();
    problemEndingAt2359 = investigatedProblem();
    problemEndingAtMidnight = investigatedProblem();

    at("2026-11-07T10:00");
    runDueJobs();
    implement(changeSucceeded, "COMPLETED");
    verify(changeSucceeded, "PASSED");
    implement(changeFailed, "FAILED");
    complete(changeFailed, ChangeProcess.Elements.TASK_BACK_OUT_CHANGE, "engineer",
        Map.of(ChangeProcess.Variables.BACKOUT_NOTE, "已回退"));
    complete(changeFailed, ChangeProcess.Elements.TASK_REVIEW_CHANGE, "manager", Map.of(
        ChangeProcess.Variables.REVIEW_SUMMARY, "配置遗漏", ChangeProcess.Variables.LESSONS_LEARNED, "增加检查清单"));
    implement(changeEndingAt2359, "COMPLETED");
    implement(changeEndingAtMidnight, "COMPLETED");

    at("2026-11-14T22:00");
    runDueJobs();
    complete(releaseSucceeded, ReleaseProcess.Elements.TASK_DEPLOY_RELEASE, "engineer", Map.of(
        ReleaseProcess.Variables.DEPLOYMENT_RESULT, "COMPLETED", ReleaseProcess.Variables.DEPLOYMENT_NOTE, "已部署"));
    complete(releaseSucceeded, ReleaseProcess.Elements.TASK_SMOKE_TEST, "engineer", Map.of(
        ReleaseProcess.Variables.SMOKE_TEST_RESULT, "PASSED", ReleaseProcess.Variables.SMOKE_TEST_NOTE, "交易正常"));
    complete(releaseFailed, ReleaseProcess.Elements.TASK_DEPLOY_RELEASE, "engineer", Map.of(
        ReleaseProcess.Variables.DEPLOYMENT_RESULT, "FAILED", ReleaseProcess.Variables.DEPLOYMENT_NOTE, "启动失败"));
    complete(releaseFailed, ReleaseProcess.Elements.TASK_ROLL_BACK_RELEASE, "engineer",
        Map.of(ReleaseProcess.Variables.ROLLBACK_NOTE, "已回滚"));

    at("2026-11-16T09:00");
    runDueJobs();
    at("2026-11-16T23:59");
    fixWithoutChange(problemEndingAt2359);
    at("2026-11-17T00:00");
    fixWithoutChange(problemEndingAtMidnight);

    at("2026-11-30T23:59");
    runDueJobs();
    verify(changeEndingAt2359, "PASSED");
    at("2026-12-01T00:00");
    runDueJobs();
    verify(changeEndingAtMidnight, "PASSED");
  }

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void changeSuccessCountsTheSucceededAndFailedChangesThatEndedInThePeriod() {
    KpiValue november = kpis.value(Kpi.CHANGE_SUCCESS, NOVEMBER, null);
    assertThat(november.counted()).isEqualTo(3);
    assertThat(november.met()).isEqualTo(2);
    assertThat(november.value()).isEqualByComparingTo("66.7");
    assertThat(november.status()).isEqualTo(KpiStatus.NOT_MET);
    assertThat(november.services()).extracting(KpiValue.Part::id, KpiValue.Part::counted, KpiValue.Part::met)
        .containsExactly(tuple("office-oa", 3L, 2L));

    List<KpiRecord> records = kpis.records(Kpi.CHANGE_SUCCESS, NOVEMBER, null);
    assertThat(records).extracting(KpiRecord::processInstanceId).as("by end time, then key")
        .containsExactly(changeSucceeded.getId(), changeFailed.getId(), changeEndingAt2359.getId());
    assertThat(records.get(0).businessKey()).isLessThan(records.get(1).businessKey());
    assertThat(records).extracting(record -> record.facts().get(EndedProcessKpiCalculator.OUTCOME), KpiRecord::met)
        .containsExactly(tuple("变更成功", true), tuple("变更失败", false), tuple("变更成功", true));
    assertThat(records.get(1).facts())
        .containsEntry(EndedProcessKpiCalculator.STARTED, beijing("2026-11-02T09:00").toInstant())
        .containsEntry(EndedProcessKpiCalculator.ENDED, beijing("2026-11-07T10:00").toInstant());
    assertThat(records.get(2).facts())
        .containsEntry(EndedProcessKpiCalculator.ENDED, beijing("2026-11-30T23:59").toInstant());

    assertThat(kpis.records(Kpi.CHANGE_SUCCESS, DECEMBER, null)).extracting(KpiRecord::processInstanceId)
        .as("ended 00:00 on 1 December").containsExactly(changeEndingAtMidnight.getId());
    KpiValue quarter = kpis.value(Kpi.CHANGE_SUCCESS, ReportingPeriod.parse("2026-Q4"), null);
    assertThat(quarter.counted()).isEqualTo(4);
    assertThat(quarter.value()).isEqualByComparingTo("75.0");
  }

  @Test
  void releaseSuccessCountsTheSucceededAndFailedReleases() {
    KpiValue november = kpis.value(Kpi.RELEASE_SUCCESS, NOVEMBER, null);
    assertThat(november.counted()).isEqualTo(2);
    assertThat(november.met()).isEqualTo(1);
    assertThat(november.value()).isEqualByComparingTo("50.0");
    assertThat(november.services()).extracting(KpiValue.Part::id).containsExactly("online-banking");
    assertThat(kpis.records(Kpi.RELEASE_SUCCESS, NOVEMBER, "online-banking"))
        .extracting(KpiRecord::processInstanceId, record -> record.facts().get(EndedProcessKpiCalculator.OUTCOME))
        .containsExactly(tuple(releaseSucceeded.getId(), "发布成功"), tuple(releaseFailed.getId(), "发布失败"));
  }

  @Test
  void problemResolutionCountsResolvedAndNotResolvedProblemsByTheirEnd() {
    KpiValue november = kpis.value(Kpi.PROBLEM_RESOLUTION, NOVEMBER, null);
    assertThat(november.counted()).isEqualTo(3);
    assertThat(november.met()).isEqualTo(2);
    assertThat(kpis.records(Kpi.PROBLEM_RESOLUTION, NOVEMBER, null))
        .extracting(KpiRecord::processInstanceId, record -> record.facts().get(EndedProcessKpiCalculator.OUTCOME))
        .containsExactly(tuple(problemNotResolved.getId(), "问题未解决"), tuple(problemResolved.getId(), "问题已解决"),
            tuple(problemEndingAt2359.getId(), "问题已解决"));
    assertThat(kpis.records(Kpi.PROBLEM_RESOLUTION, DECEMBER, null)).extracting(KpiRecord::processInstanceId)
        .containsExactly(problemEndingAtMidnight.getId());
  }

  @Test
  void rejectedCancelledWithdrawnDuplicateAndOpenInstancesAreNotCounted() {
    List<String> notCounted = List.of(changeRejected.getId(), changeCancelled.getId(), changeOpen.getId(),
        releaseRejected.getId(), releaseWithdrawn.getId(), releaseOpen.getId(), problemDuplicate.getId(),
        problemOpen.getId());
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().finished()
        .processInstanceIds(new HashSet<>(notCounted)).count()).as("five of them ended").isEqualTo(5);
    for (Kpi kpi : List.of(Kpi.PROBLEM_RESOLUTION, Kpi.CHANGE_SUCCESS, Kpi.RELEASE_SUCCESS)) {
      for (ReportingPeriod period : List.of(NOVEMBER, DECEMBER)) {
        assertThat(kpis.records(kpi, period, null)).extracting(KpiRecord::processInstanceId)
            .doesNotContainAnyElementsOf(notCounted);
      }
    }
  }

  @Test
  void recordsAreWhatTheTalliesCounted() {
    for (Kpi kpi : List.of(Kpi.PROBLEM_RESOLUTION, Kpi.CHANGE_SUCCESS, Kpi.RELEASE_SUCCESS)) {
      KpiChecks.assertRecordsMatchTallies(kpis, kpi, List.of(NOVEMBER, DECEMBER),
          List.of("online-banking", "office-oa"));
      assertThat(kpis.columns(kpi)).extracting(KpiColumn::label).containsExactly("开始时间", "结束时间", "结果");
    }
  }

  /** A standard change of office-oa (pre-approved), planned in its Saturday window. */
  private ProcessInstance standardChange(String plannedStart) {
    Map<String, Object> request = ChangeRequests.valid();
    request.put(ChangeProcess.Variables.SERVICE_ID, "office-oa");
    request.put(ChangeProcess.Variables.STANDARD_CHANGE_ID, "STD-APP-RESTART");
    request.put(ChangeProcess.Variables.PLANNED_START, plannedStart + "+08:00");
    request.put(ChangeProcess.Variables.PLANNED_END, plannedStart.replace("T10:", "T11:") + "+08:00");
    return requestChange(request);
  }

  private ProcessInstance requestChange(Map<String, Object> request) {
    ProcessInstance change = changes.request(request);
    runDueJobs();
    return change;
  }

  private void implement(ProcessInstance change, String result) {
    complete(change, ChangeProcess.Elements.TASK_IMPLEMENT_CHANGE, "engineer", Map.of(
        ChangeProcess.Variables.IMPLEMENTATION_RESULT, result, ChangeProcess.Variables.IMPLEMENTATION_NOTE, "已执行"));
  }

  private void verify(ProcessInstance change, String result) {
    complete(change, ChangeProcess.Elements.TASK_VERIFY_CHANGE, "engineer", Map.of(
        ChangeProcess.Variables.VERIFICATION_RESULT, result, ChangeProcess.Variables.VERIFICATION_NOTE, "已验证"));
  }

  /** A release approved and waiting for its planned start. */
  private ProcessInstance approvedRelease() {
    ProcessInstance release = registerRelease(release());
    complete(release, ReleaseProcess.Elements.TASK_APPROVE_RELEASE, "release", Map.of(
        ReleaseProcess.Variables.APPROVAL_DECISION, "APPROVE", ReleaseProcess.Variables.APPROVAL_COMMENT, "同意发布"));
    return release;
  }

  private ProcessInstance registerRelease(Map<String, Object> registration) {
    ProcessInstance release = engine.getRuntimeService().startProcessInstanceByKey(ReleaseProcess.KEY, registration);
    runDueJobs();
    return release;
  }

  /** A ready release of online-banking under the open standard change, planned for 14 November 22:00. */
  private Map<String, Object> release() {
    Map<String, Object> release = ReleaseRegistrations.valid(changeOpen.getBusinessKey());
    release.put(ReleaseProcess.Variables.PLANNED_START, "2026-11-14T22:00+08:00");
    return release;
  }

  private ProcessInstance reportProblem() {
    ProcessInstance problem = engine.getRuntimeService().startProcessInstanceByKey(ProblemProcess.KEY, Map.of(
        ProblemProcess.Variables.TITLE, "登录偶发超时", ProblemProcess.Variables.SERVICE_ID, "online-banking",
        ProblemProcess.Variables.CATEGORY, "APPLICATION", ProblemProcess.Variables.SOURCE, "TREND",
        ProblemProcess.Variables.DESCRIPTION, "近两周登录超时事件增多"));
    runDueJobs();
    return problem;
  }

  private ProcessInstance investigatedProblem() {
    ProcessInstance problem = reportProblem();
    complete(problem, ProblemProcess.Elements.TASK_LOG_PROBLEM, "engineer", Map.of(
        ProblemProcess.Variables.CATEGORY, "APPLICATION", ProblemProcess.Variables.LOG_DECISION, "ACCEPT"));
    complete(problem, ProblemProcess.Elements.TASK_INVESTIGATE_PROBLEM, "engineer", Map.of(
        ProblemProcess.Variables.SYMPTOM, "登录超时", ProblemProcess.Variables.ROOT_CAUSE, "会话缓存过期策略错误",
        ProblemProcess.Variables.WORKAROUND, "重启会话服务"));
    return problem;
  }

  /** Fixed now: resolved when the 14 days of observation end without incidents of its service and category. */
  private void fixWithoutChange(ProcessInstance problem) {
    complete(problem, ProblemProcess.Elements.TASK_PLAN_RESOLUTION, "engineer", Map.of(
        ProblemProcess.Variables.RESOLUTION_PLAN, "FIXED_WITHOUT_CHANGE", ProblemProcess.Variables.RESOLUTION_NOTE,
        "清理了脏数据"));
  }

  private void complete(ProcessInstance instance, String taskKey, String user, Map<String, Object> values) {
    ProcessTests.complete(engine, instance, taskKey, user, values);
  }

  private void runDueJobs() {
    ProcessTests.runDueJobs(engine.getManagementService());
  }
}
