package com.yuanjing.itsm.incident;

import static com.yuanjing.itsm.incident.IncidentProcess.Variables.*;

import java.util.Date;
import java.util.Map;

/** An incident as other systems see it through {@code GET /api/incidents/{businessKey}}. */
public record IncidentView(
    String businessKey,
    String processInstanceId,
    String state,
    String summary,
    String serviceId,
    String serviceName,
    String serviceLevel,
    String priority,
    Boolean major,
    String category,
    String supportGroup,
    String resolver,
    Date reportedAt,
    Date responseDueAt,
    Date respondedAt,
    Date resolutionDueAt,
    Date resolvedAt,
    Long slaPausedMillis,
    Integer reopenCount,
    String closureCode,
    Date closedAt,
    String problemKey) {

  /** Built from the instance's own variables (not those of an activity's input parameters). */
  static IncidentView of(String businessKey, String processInstanceId, boolean ended, Map<String, Object> variables) {
    return new IncidentView(businessKey, processInstanceId, ended ? "CLOSED" : "OPEN",
        (String) variables.get(SUMMARY), (String) variables.get(SERVICE_ID), (String) variables.get(SERVICE_NAME),
        (String) variables.get(SERVICE_LEVEL), (String) variables.get(PRIORITY), (Boolean) variables.get(MAJOR),
        (String) variables.get(CATEGORY), (String) variables.get(SUPPORT_GROUP), (String) variables.get(RESOLVER),
        (Date) variables.get(REPORTED_AT), (Date) variables.get(RESPONSE_DUE_AT), (Date) variables.get(RESPONDED_AT),
        (Date) variables.get(RESOLUTION_DUE_AT), (Date) variables.get(RESOLVED_AT),
        (Long) variables.get(SLA_PAUSED_MILLIS), (Integer) variables.get(REOPEN_COUNT),
        (String) variables.get(CLOSURE_CODE), (Date) variables.get(CLOSED_AT), (String) variables.get(PROBLEM_KEY));
  }
}
