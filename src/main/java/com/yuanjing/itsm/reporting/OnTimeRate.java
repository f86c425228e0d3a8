package com.yuanjing.itsm.reporting;

import java.time.Instant;
import java.util.List;

/**
 * 服务报告提交及时率 for one period, as {@code GET /api/service-reports/on-time-rate} answers it.
 *
 * @param due reports counted as due: submitted, or not submitted and past their due date
 * @param onTime of those, submitted at or before their due date
 * @param submittedLate submitted after their due date
 * @param overdueNotSubmitted past their due date and not submitted at the time of the query
 * @param pending due in the period but not yet due and not yet submitted: not counted
 * @param rate onTime / due; null when nothing was due
 * @param status 达标 (rate ≥ target), 未达标, or 无应提交报告 when nothing was due
 * @param lateReports business keys of the late reports (submitted late or overdue), for the auditor
 */
public record OnTimeRate(
    String period,
    Instant from,
    Instant to,
    Instant asOf,
    long due,
    long onTime,
    long submittedLate,
    long overdueNotSubmitted,
    long pending,
    Double rate,
    double target,
    String status,
    List<String> lateReports) {}
