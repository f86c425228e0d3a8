package com.yuanjing.itsm.kpi;

import java.util.Map;

/**
 * One record a KPI counted in a period, so that an auditor can reproduce the value by hand.
 *
 * @param businessKey the key people quote, e.g. {@code INC-2026-000042} or {@code OUT-2026-000003}
 * @param processInstanceId the process instance that recorded it
 * @param serviceId the service, null where the KPI has none
 * @param facts the times and outcome the rule reads, in the order of {@link KpiCalculator#columns()}; times as
 *     {@link java.time.Instant}, amounts as numbers, outcomes as Chinese text
 * @param met whether the record met the rule (on time, succeeded, accurate); for a count KPI whether it stayed
 *     out of the count, so always false
 */
public record KpiRecord(String businessKey, String processInstanceId, String serviceId, Map<String, Object> facts,
    boolean met) {}
