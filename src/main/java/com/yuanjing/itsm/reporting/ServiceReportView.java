package com.yuanjing.itsm.reporting;

import static com.yuanjing.itsm.reporting.ServiceReportingProcess.Variables.*;

import java.util.Date;
import java.util.Map;

/** A service report as other systems see it through {@code GET /api/service-reports/{businessKey}}. */
public record ServiceReportView(
    String businessKey,
    String processInstanceId,
    String state,
    String outcome,
    String reportType,
    String reportTypeLabel,
    String customer,
    String serviceId,
    String serviceName,
    String title,
    String reportPeriod,
    String author,
    String documentReference,
    Date dueAt,
    Date reminderAt,
    Date overdueAt,
    Date submittedAt,
    Boolean submittedOnTime) {

  static ServiceReportView of(String businessKey, String processInstanceId, String endActivityId,
      Map<String, Object> variables) {
    boolean closed = endActivityId != null;
    String type = (String) variables.get(REPORT_TYPE);
    return new ServiceReportView(businessKey, processInstanceId, closed ? "CLOSED" : "OPEN",
        closed ? outcome(variables) : null, type, type == null ? null : ReportType.valueOf(type).label(),
        (String) variables.get(CUSTOMER), (String) variables.get(SERVICE_ID), (String) variables.get(SERVICE_NAME),
        (String) variables.get(TITLE), (String) variables.get(REPORT_PERIOD), (String) variables.get(AUTHOR),
        (String) variables.get(DOCUMENT_REFERENCE), (Date) variables.get(DUE_AT), (Date) variables.get(REMINDER_AT),
        (Date) variables.get(OVERDUE_AT), (Date) variables.get(SUBMITTED_AT),
        (Boolean) variables.get(SUBMITTED_ON_TIME));
  }

  /** The business outcome, whichever branch (an overdue escalation, say) happened to end last. */
  private static String outcome(Map<String, Object> variables) {
    if (variables.get(SUBMITTED_AT) != null) {
      return "ReportSubmitted";
    }
    return "CANCEL".equals(variables.get(APPROVAL_DECISION)) ? "ReportCancelled" : "Terminated";
  }
}
