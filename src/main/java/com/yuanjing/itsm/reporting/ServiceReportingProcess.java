package com.yuanjing.itsm.reporting;

/**
 * The service reporting process (服务报告管理): its key, element ids and variable names. Tests, delegates
 * and the KPI query use these constants instead of string literals.
 *
 * <p>KPI facts (服务报告提交及时率) on every real report instance: {@code reportType}, {@code customer},
 * {@code serviceId}, {@code dueAt}, {@code submittedAt}, {@code submittedOnTime}. The periodic service
 * reports are started by a process of their own, {@link #SCHEDULING_KEY} (service-report-scheduling.bpmn): the
 * engine allows no timer start event beside the request's none start event, and its runs are no reports.
 */
public final class ServiceReportingProcess {

  public static final String KEY = "serviceReporting";
  public static final String BUSINESS_KEY_PREFIX = "RPT";
  public static final String MESSAGE_SERVICE_REPORT_SCHEDULED = "ServiceReportScheduled";
  /** The monthly run that starts the periodic service reports, per month or per quarter (定期服务报告排期). */
  public static final String SCHEDULING_KEY = "serviceReportScheduling";

  private ServiceReportingProcess() {}

  /** Element ids of service-reporting.bpmn and service-report-scheduling.bpmn. */
  public static final class Elements {
    public static final String START_EVENT_REPORT_REQUESTED = "StartEvent_ReportRequested";
    public static final String START_EVENT_SERVICE_REPORT_SCHEDULED = "StartEvent_ServiceReportScheduled";
    public static final String SUB_PROCESS_PREPARE_REPORT = "SubProcess_PrepareReport";
    public static final String TASK_DRAFT_REPORT = "Task_DraftReport";
    public static final String TASK_REVIEW_REPORT_QUALITY = "Task_ReviewReportQuality";
    public static final String TASK_APPROVE_REPORT = "Task_ApproveReport";
    public static final String TASK_SUBMIT_REPORT = "Task_SubmitReport";
    public static final String BOUNDARY_EVENT_REPORT_DUE_SOON = "BoundaryEvent_ReportDueSoon";
    public static final String BOUNDARY_EVENT_REPORT_OVERDUE = "BoundaryEvent_ReportOverdue";
    public static final String BOUNDARY_EVENT_REPORT_CANCELLED = "BoundaryEvent_ReportCancelled";
    public static final String TASK_REMIND_REPORT_DUE = "Task_RemindReportDue";
    public static final String TASK_ESCALATE_OVERDUE_REPORT = "Task_EscalateOverdueReport";
    public static final String END_EVENT_REPORT_SUBMITTED = "EndEvent_ReportSubmitted";
    public static final String END_EVENT_REPORT_CANCELLED = "EndEvent_ReportCancelled";
    // service-report-scheduling.bpmn
    public static final String START_EVENT_SERVICE_REPORTS_DUE = "StartEvent_ServiceReportsDue";
    public static final String TASK_SCHEDULE_SERVICE_REPORTS = "Task_ScheduleServiceReports";
    public static final String END_EVENT_SERVICE_REPORTS_SCHEDULED = "EndEvent_ServiceReportsScheduled";

    private Elements() {}
  }

  /** Process variables. */
  public static final class Variables {
    // request (start form, or the schedule of periodic service reports)
    public static final String REPORT_TYPE = "reportType"; // ReportType; only on real reports
    public static final String CUSTOMER = "customer";
    public static final String SERVICE_ID = "serviceId"; // optional
    public static final String TITLE = "title";
    public static final String DUE_AT = "dueAt"; // Date
    public static final String AUTHOR = "author"; // ops-engineers user id, or null: the group drafts
    public static final String REQUIREMENTS = "requirements";
    public static final String REPORT_PERIOD = "reportPeriod"; // "2026-11" or "2026-Q4", periodic service reports only

    public static final String REPORT_NUMBER = "reportNumber";
    public static final String REQUESTED_BY = "requestedBy";
    public static final String SERVICE_NAME = "serviceName";
    public static final String REMINDER_AT = "reminderAt"; // Date, working days before dueAt

    // drafting, review, approval, submission
    public static final String DOCUMENT_REFERENCE = "documentReference"; // archive number or URL
    public static final String DRAFTED_BY = "draftedBy";
    public static final String MEETS_QUALITY_REQUIREMENTS = "meetsQualityRequirements";
    public static final String MATCHES_BUSINESS_DIRECTION = "matchesBusinessDirection";
    public static final String MEETS_CUSTOMER_NEEDS = "meetsCustomerNeeds";
    public static final String REVIEW_COMMENT = "reviewComment";
    public static final String REVIEW_PASSED = "reviewPassed"; // set by the server from the three checks
    public static final String REVIEWED_BY = "reviewedBy";
    public static final String APPROVAL_DECISION = "approvalDecision"; // APPROVE, REVISE or CANCEL
    public static final String APPROVAL_COMMENT = "approvalComment";
    public static final String REVISION_REASON = "revisionReason"; // why the draft came back
    public static final String SUBMISSION_NOTE = "submissionNote";
    public static final String SUBMITTED_BY = "submittedBy";
    public static final String SUBMITTED_AT = "submittedAt"; // Date, completion of 提交报告
    public static final String SUBMITTED_ON_TIME = "submittedOnTime"; // submittedAt <= dueAt
    public static final String OVERDUE_AT = "overdueAt"; // Date, when the overdue timer fired

    private Variables() {}
  }
}
