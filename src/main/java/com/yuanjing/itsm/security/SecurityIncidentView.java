package com.yuanjing.itsm.security;

import static com.yuanjing.itsm.security.SecurityIncidentProcess.Variables.*;

import java.util.Date;
import java.util.Map;

/** A security incident as {@code GET /api/security-incidents/{key}} shows it. */
public record SecurityIncidentView(
    String businessKey,
    String processInstanceId,
    boolean closed,
    String outcome,
    String summary,
    String serviceId,
    String serviceName,
    String incidentKey,
    String source,
    Date reportedAt,
    String triageDecision,
    String eventType,
    String severity,
    Boolean customerInformationLeaked,
    Date leakConfirmedAt,
    Date customerNotificationDueAt,
    Date customerNotifiedAt,
    Boolean customerNotifiedOnTime,
    Date closedAt) {

  static SecurityIncidentView of(String businessKey, String processInstanceId, boolean ended, String endActivityId,
      Map<String, Object> variables) {
    return new SecurityIncidentView(businessKey, processInstanceId, ended, ended ? endActivityId : null,
        (String) variables.get(SUMMARY), (String) variables.get(SERVICE_ID), (String) variables.get(SERVICE_NAME),
        (String) variables.get(INCIDENT_KEY), (String) variables.get(SOURCE), (Date) variables.get(REPORTED_AT),
        (String) variables.get(TRIAGE_DECISION), (String) variables.get(EVENT_TYPE), (String) variables.get(SEVERITY),
        (Boolean) variables.get(CUSTOMER_INFORMATION_LEAKED), (Date) variables.get(LEAK_CONFIRMED_AT),
        (Date) variables.get(CUSTOMER_NOTIFICATION_DUE_AT), (Date) variables.get(CUSTOMER_NOTIFIED_AT),
        (Boolean) variables.get(CUSTOMER_NOTIFIED_ON_TIME), (Date) variables.get(CLOSED_AT));
  }
}
