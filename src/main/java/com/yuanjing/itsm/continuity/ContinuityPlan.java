package com.yuanjing.itsm.continuity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of the continuity plan (连续性计划) of a key service.
 *
 * @param recoverySteps the recovery steps (恢复步骤), in order
 * @param rtoMinutes the recovery time objective (RTO) in minutes
 * @param rpoMinutes the recovery point objective (RPO) in minutes
 * @param owner the user responsible for the plan (计划负责人)
 * @param lastReviewed when the plan was last reviewed (最近评审日期)
 * @param recordedBy who saved this version
 * @param recordedAt when this version was saved
 */
public record ContinuityPlan(String serviceId, int version, String recoverySteps, int rtoMinutes, int rpoMinutes,
    String owner, LocalDate lastReviewed, String recordedBy, Instant recordedAt) {}
