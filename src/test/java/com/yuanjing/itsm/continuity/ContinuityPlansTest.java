package com.yuanjing.itsm.continuity;

import static com.yuanjing.itsm.continuity.ContinuityFixture.SERVICES;
import static com.yuanjing.itsm.continuity.ContinuityFixture.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@link ContinuityPlans} and the drill records of {@link ContinuityDrills} on a fresh database of the selected kind. */
@Tag("database")
class ContinuityPlansTest {

  private static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z"); // 10:00 in Beijing

  private JdbcTemplate jdbc;
  private ContinuityPlans plans;
  private ContinuityDrills drills;

  @BeforeEach
  void migrate() {
    ClockUtil.setCurrentTime(Date.from(NOW));
    jdbc = ContinuityFixture.migratedDatabase("continuity_plans");
    plans = new ContinuityPlans(jdbc, SERVICES);
    drills = new ContinuityDrills(jdbc, plans, SERVICES, prefix -> prefix + "-2026-000001", null);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void everySaveIsANewVersionAndEveryVersionIsKeptWithWhoAndWhen() {
    ContinuityPlan first = plans.save("online-banking", plan(60, 15), "manager");
    ClockUtil.setCurrentTime(Date.from(NOW.plusSeconds(3600)));
    Map<String, Object> tighter = plan(30, 5);
    tighter.put("recoverySteps", "  1. 自动切换\n2. 验证交易  ");
    ContinuityPlan second = plans.save("online-banking", tighter, "admin");

    assertThat(first.version()).isEqualTo(1);
    assertThat(second.version()).isEqualTo(2);
    assertThat(second.recoverySteps()).isEqualTo("1. 自动切换\n2. 验证交易");
    assertThat(second.lastReviewed()).isEqualTo(LocalDate.parse("2026-11-02"));
    assertThat(plans.current("online-banking")).contains(second);
    assertThat(plans.versions("online-banking")).extracting(ContinuityPlan::version, ContinuityPlan::rtoMinutes,
        ContinuityPlan::recordedBy, ContinuityPlan::recordedAt).containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, 30, "admin", NOW.plusSeconds(3600)),
            org.assertj.core.groups.Tuple.tuple(1, 60, "manager", NOW));
    assertThat(plans.version("online-banking", 1)).contains(first);
    assertThat(plans.currentPlans()).containsExactly(second);
    assertThat(plans.current("core-accounting")).isEmpty();
    assertThat(plans.drillable("online-banking")).isTrue();
    assertThat(plans.drillable("core-accounting")).isFalse();
  }

  @Test
  void badPlansAreRefusedWithEveryFieldNamedAndNothingStored() {
    Map<String, Object> bad = new HashMap<>();
    bad.put("recoverySteps", " ");
    bad.put("rtoMinutes", 0);
    bad.put("rpoMinutes", "15");
    bad.put("lastReviewed", "2026-12-01");
    bad.put("rto", 60);

    assertThatThrownBy(() -> plans.save("office-oa", bad, "manager"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(refused -> assertThat(((InvalidInputException) refused).errors()).extracting(FieldError::field,
            FieldError::message).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("serviceId", "“办公自动化系统”不是关键服务，只有关键服务需要连续性计划"),
                org.assertj.core.groups.Tuple.tuple("recoverySteps", "不能为空"),
                org.assertj.core.groups.Tuple.tuple("owner", "不能为空"),
                org.assertj.core.groups.Tuple.tuple("rto", "未知字段"),
                org.assertj.core.groups.Tuple.tuple("rtoMinutes", "必须在 1 到 525600 分钟之间"),
                org.assertj.core.groups.Tuple.tuple("rpoMinutes", "必须是整数分钟数"),
                org.assertj.core.groups.Tuple.tuple("lastReviewed", "不能晚于今天")));
    assertThatThrownBy(() -> plans.save("mainframe", plan(60, 15), "manager"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("服务：“mainframe”不是已发布的服务");
    Map<String, Object> notADate = plan(60, 15);
    notADate.put("lastReviewed", "上周");
    assertThatThrownBy(() -> plans.save("online-banking", notADate, "manager"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("最近评审日期：不是有效的日期");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM itsm_continuity_plan", Integer.class)).isZero();
  }

  @Test
  void aDrillResultAndItsActionsAreKeptOnceAndFoundByServiceAndYear() {
    plans.save("online-banking", plan(60, 15), "manager");
    DrillResult result = new DrillResult("DRL-2026-000001", "online-banking", 1, DrillTrigger.SCHEDULED,
        "定期演练（2026年下半年）", "主数据库宕机", "engineer, manager", Instant.parse("2026-12-12T01:00:00Z"),
        Instant.parse("2026-12-12T01:00:00Z"), Instant.parse("2026-12-12T03:00:00Z"), 60, 15, 75, 10, false, false,
        "切换脚本超时", "engineer", null, List.of());

    drills.recordResult(result);
    drills.recordResult(result); // a retried job
    List<ImprovementAction> actions = List.of(new ImprovementAction(1, "优化切换脚本", "engineer",
        LocalDate.parse("2026-12-31")));
    drills.recordActions("DRL-2026-000001", actions, "manager");
    drills.recordActions("DRL-2026-000001", List.of(new ImprovementAction(1, "重复", "x", LocalDate.parse("2027-01-01"))),
        "manager");

    DrillResult kept = drills.find("DRL-2026-000001").orElseThrow();
    assertThat(kept.recordedAt()).isEqualTo(NOW);
    assertThat(kept).usingRecursiveComparison().ignoringFields("recordedAt", "actions").isEqualTo(result);
    assertThat(kept.actions()).isEqualTo(actions);
    assertThat(drills.results(null, null)).hasSize(1);
    assertThat(drills.results("online-banking", 2026)).hasSize(1);
    assertThat(drills.results("core-accounting", 2026)).isEmpty();
    assertThat(drills.results(null, 2025)).isEmpty();
    assertThat(ContinuityDrills.halfYear(Instant.parse("2026-06-30T16:00:00Z"))).as("1 July in Beijing")
        .isEqualTo("2026-H2");
    assertThat(ContinuityDrills.halfYear(Instant.parse("2026-06-30T15:59:59Z"))).isEqualTo("2026-H1");
  }
}
