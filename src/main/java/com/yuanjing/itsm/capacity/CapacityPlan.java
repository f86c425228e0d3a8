package com.yuanjing.itsm.capacity;

import java.time.Instant;

/**
 * An approved capacity plan (容量计划) of a key service for a quarter, kept by the quarterly capacity review.
 *
 * @param period the quarter the plan is for, e.g. {@code 2026-Q4}
 * @param reviewKey the business key of the review that approved it
 */
public record CapacityPlan(
    String period,
    String serviceId,
    String serviceName,
    String currentUtilisation,
    String trendForecast,
    String plannedActions,
    String plannedDates,
    String draftedBy,
    String approvedBy,
    String reviewComment,
    Instant approvedAt,
    String reviewKey) {}
