package com.yuanjing.itsm.continuity;

import java.time.Instant;
import java.util.List;

/**
 * The kept result of one continuity drill: the plan version it was measured against, the recovery time and
 * point achieved against that version's targets, pass or fail, the findings and, for a failed drill, the
 * improvement actions.
 */
public record DrillResult(String drillKey, String serviceId, int planVersion, DrillTrigger trigger, String reason,
    String scenario, String participants, Instant plannedAt, Instant startedAt, Instant endedAt,
    int rtoTargetMinutes, int rpoTargetMinutes, int rtoAchievedMinutes, int rpoAchievedMinutes,
    boolean failedForFindings, boolean passed, String findings, String executedBy, Instant recordedAt,
    List<ImprovementAction> actions) {

  public DrillResult {
    actions = actions == null ? List.of() : List.copyOf(actions);
  }

  public DrillResult withActions(List<ImprovementAction> kept) {
    return new DrillResult(drillKey, serviceId, planVersion, trigger, reason, scenario, participants, plannedAt,
        startedAt, endedAt, rtoTargetMinutes, rpoTargetMinutes, rtoAchievedMinutes, rpoAchievedMinutes,
        failedForFindings, passed, findings, executedBy, recordedAt, kept);
  }

  /** Pass when both targets are met and the executor did not fail the drill for its findings. */
  public static boolean passes(int rtoTarget, int rpoTarget, int rtoAchieved, int rpoAchieved,
      boolean failedForFindings) {
    return rtoAchieved <= rtoTarget && rpoAchieved <= rpoTarget && !failedForFindings;
  }
}
