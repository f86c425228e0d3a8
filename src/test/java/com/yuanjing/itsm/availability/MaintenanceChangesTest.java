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
    assertThat(judge(APPROVED, "online-banking", PLANNED_START, PLANNED_END))
        .isEqualTo(new MaintenanceChanges.Verdict(true, java.util.List.of(), PLANNED_START, PLANNED_END));
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
        "变更 CHG-2026-000042 涉及的服务不是本次中断的服务", "中断开始早于变更计划开始时间 2026-11-29 22:00",
        "服务恢复晚于变更计划结束时间 2026-11-30 00:00");
    assertThat(verdict.summary()).contains("未获批准；");
    assertThat(verdict.plannedFrom()).as("a change that approves nothing covers nothing").isNull();
  }

  @Test
  void anOverrunOfTheApprovedWindowIsPlannedOnlyInsideIt() {
    MaintenanceChanges.Verdict verdict = judge(APPROVED, "online-banking", PLANNED_START.plusSeconds(3600),
        PLANNED_END.plusSeconds(1800));

    assertThat(verdict.confirmed()).isFalse();
    assertThat(verdict.reasons()).containsExactly("服务恢复晚于变更计划结束时间 2026-11-30 00:00");
    assertThat(verdict.plannedFrom()).isEqualTo(PLANNED_START.plusSeconds(3600));
    assertThat(verdict.plannedTo()).isEqualTo(PLANNED_END);
    assertThat(judge(APPROVED, "online-banking", PLANNED_END.plusSeconds(60), PLANNED_END.plusSeconds(120))
        .plannedFrom()).as("wholly outside the window").isNull();
  }

  @Test
  void aRegistrationNamesAChangeThatExistsIsApprovedAndConcernsTheService() {
    assertThat(MaintenanceChanges.refusals("CHG-2026-000042", APPROVED, "online-banking")).isEmpty();
    assertThat(MaintenanceChanges.refusals("CHG-2026-000042", MaintenanceChanges.ChangeFacts.NONE, "online-banking"))
        .containsExactly("变更 CHG-2026-000042 不存在");
    assertThat(MaintenanceChanges.refusals("CHG-2026-000042",
        new MaintenanceChanges.ChangeFacts(true, false, "core-accounting", null, null), "online-banking"))
        .containsExactly("变更 CHG-2026-000042 未获批准", "变更 CHG-2026-000042 涉及的服务不是本次中断的服务");
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
