package com.yuanjing.itsm.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The rule by which planned maintenance is covered by its change, without the engine. */
class MaintenanceChangesTest {

  private static final Instant PLANNED_START = Instant.parse("2026-11-29T14:00:00Z");
  private static final Instant PLANNED_END = Instant.parse("2026-11-29T16:00:00Z");
  private static final MaintenanceChanges.ChangeFacts APPROVED =
      new MaintenanceChanges.ChangeFacts(true, true, "online-banking", PLANNED_START, PLANNED_END);

  @Test
  void maintenanceWithinTheWindowOfTheApprovedChangeOfItsServiceIsConfirmed() {
    assertThat(judge(APPROVED, "online-banking", PLANNED_START, PLANNED_END).confirmed()).isTrue();
    assertThat(judge(APPROVED, "online-banking", PLANNED_START.plusSeconds(600), PLANNED_START.plusSeconds(1200))
        .reasons()).isEmpty();
  }

  @Test
  void everyReasonWhyTheChangeDoesNotCoverTheMaintenanceIsNamed() {
    MaintenanceChanges.ChangeFacts notApproved =
        new MaintenanceChanges.ChangeFacts(true, false, "core-accounting", PLANNED_START, PLANNED_END);

    MaintenanceChanges.Verdict verdict = judge(notApproved, "online-banking", PLANNED_START.minusSeconds(60),
        PLANNED_END.plusSeconds(60));

    assertThat(verdict.confirmed()).isFalse();
    assertThat(verdict.reasons()).containsExactly("变更 CHG-2026-000042 未获批准",
        "变更 CHG-2026-000042 涉及的服务不是本次中断的服务", "中断开始早于变更计划开始时间 2026-11-29T14:00:00Z",
        "服务恢复晚于变更计划结束时间 2026-11-29T16:00:00Z");
    assertThat(verdict.summary()).contains("未获批准；");
  }

  @Test
  void anUnknownChangeOrOneWithoutPlannedTimesCoversNothing() {
    assertThat(judge(MaintenanceChanges.ChangeFacts.NONE, "online-banking", PLANNED_START, PLANNED_END).reasons())
        .containsExactly("变更 CHG-2026-000042 不存在");
    assertThat(judge(new MaintenanceChanges.ChangeFacts(true, true, "online-banking", null, null), "online-banking",
        PLANNED_START, PLANNED_END).reasons()).containsExactly("变更 CHG-2026-000042 没有计划实施时间");
  }

  private static MaintenanceChanges.Verdict judge(MaintenanceChanges.ChangeFacts change, String serviceId,
      Instant start, Instant end) {
    return MaintenanceChanges.judge("CHG-2026-000042", change, serviceId, start, end);
  }
}
