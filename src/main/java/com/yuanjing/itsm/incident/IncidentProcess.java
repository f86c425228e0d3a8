package com.yuanjing.itsm.incident;

import java.util.List;

/**
 * The incident management process (事件管理): its key, element ids and variable names.
 * Tests, delegates and the KPI module use these constants instead of string literals.
 */
public final class IncidentProcess {

  public static final String KEY = "incidentManagement";
  public static final String BUSINESS_KEY_PREFIX = "INC";

  private IncidentProcess() {}

  /** Element ids of incident-management.bpmn. */
  public static final class Elements {
    public static final String START_EVENT_INCIDENT_REPORTED = "StartEvent_IncidentReported";
    public static final String TASK_DETERMINE_PRIORITY = "Task_DeterminePriority";
    public static final String TASK_DETERMINE_SLA_TARGETS = "Task_DetermineSlaTargets";
    public static final String TASK_START_SLA_CLOCKS = "Task_StartSlaClocks";
    public static final String TASK_NOTIFY_MAJOR_INCIDENT = "Task_NotifyMajorIncident";
    public static final String SUB_PROCESS_HANDLE_INCIDENT = "SubProcess_HandleIncident";
    public static final String TASK_ACCEPT_INCIDENT = "Task_AcceptIncident";
    public static final String TASK_RESOLVE_INCIDENT = "Task_ResolveIncident";
    public static final String TASK_WAIT_FOR_CUSTOMER = "Task_WaitForCustomer";
    public static final String TASK_REASSIGN_INCIDENT = "Task_ReassignIncident";
    public static final String TASK_REVIEW_ESCALATION = "Task_ReviewEscalation";
    public static final String BOUNDARY_EVENT_RESPONSE_SLA_WARNING = "BoundaryEvent_ResponseSlaWarning";
    public static final String BOUNDARY_EVENT_RESPONSE_SLA_BREACHED = "BoundaryEvent_ResponseSlaBreached";
    public static final String BOUNDARY_EVENT_RESOLUTION_SLA_WARNING = "BoundaryEvent_ResolutionSlaWarning";
    public static final String BOUNDARY_EVENT_RESOLUTION_SLA_BREACHED = "BoundaryEvent_ResolutionSlaBreached";
    public static final String TASK_NOTIFY_RESPONSE_WARNING = "Task_NotifyResponseWarning";
    public static final String TASK_ESCALATE_RESPONSE_BREACH = "Task_EscalateResponseBreach";
    public static final String TASK_NOTIFY_RESOLUTION_WARNING = "Task_NotifyResolutionWarning";
    public static final String TASK_ESCALATE_RESOLUTION_BREACH = "Task_EscalateResolutionBreach";
    public static final String TASK_RECORD_RESOLUTION = "Task_RecordResolution";
    public static final String TASK_CONFIRM_RESOLUTION = "Task_ConfirmResolution";
    public static final String BOUNDARY_EVENT_CUSTOMER_SILENT = "BoundaryEvent_CustomerSilent";
    public static final String TASK_REOPEN_INCIDENT = "Task_ReopenIncident";
    public static final String TASK_CLOSE_INCIDENT = "Task_CloseIncident";
    public static final String TASK_AUTO_CLOSE_INCIDENT = "Task_AutoCloseIncident";
    public static final String TASK_REVIEW_MAJOR_INCIDENT = "Task_ReviewMajorIncident";
    public static final String TASK_COUNT_RECENT_INCIDENTS = "Task_CountRecentIncidents";
    public static final String TASK_DECIDE_PROBLEM_TRIGGER = "Task_DecideProblemTrigger";
    public static final String TASK_RAISE_PROBLEM = "Task_RaiseProblem";
    public static final String END_EVENT_INCIDENT_CLOSED = "EndEvent_IncidentClosed";

    /** The timers of the resolution clock: suspended while the clock is paused, moved out on resume. */
    public static final List<String> RESOLUTION_CLOCK_TIMERS =
        List.of(BOUNDARY_EVENT_RESOLUTION_SLA_WARNING, BOUNDARY_EVENT_RESOLUTION_SLA_BREACHED);

    private Elements() {}
  }

  /** Process variables. The KPI facts of the architecture's data contract are marked "KPI". */
  public static final class Variables {
    // intake (start form and POST /api/incidents)
    public static final String REPORTER = "reporter";
    public static final String REPORTER_CONTACT = "reporterContact";
    public static final String SERVICE_ID = "serviceId"; // KPI
    public static final String INCIDENT_TYPE = "incidentType";
    public static final String IMPACT = "impact";
    public static final String URGENCY = "urgency";
    public static final String SUMMARY = "summary";
    public static final String DESCRIPTION = "description";
    public static final String CATEGORY = "category"; // KPI
    public static final String MAJOR = "major"; // KPI: flagged major at intake or priority P1
    public static final String CONFIGURATION_ITEM_IDS = "configurationItemIds"; // CMDB item numbers, "12, 15"

    // registration and rules
    public static final String INCIDENT_NUMBER = "incidentNumber"; // the business key, for forms and task lists
    public static final String EXTERNAL_REFERENCE = "externalReference"; // a business key the caller passed at start
    public static final String REGISTERED_BY = "registeredBy"; // the initiator: who reported it in the suite
    public static final String SERVICE_NAME = "serviceName";
    public static final String AFFECTED_SERVICES = "affectedServices"; // the own service and its dependents, by name
    public static final String SERVICE_LEVEL = "serviceLevel"; // KPI
    public static final String REPORTED_AT = "reportedAt"; // KPI: both SLA clocks start here
    public static final String PRIORITY = "priority"; // KPI
    public static final String RESPONSE_TARGET = "responseTarget"; // ISO-8601 duration from sla-targets.dmn
    public static final String RESOLUTION_TARGET = "resolutionTarget";
    public static final String SUPPORT_HOURS = "supportHours"; // BUSINESS_HOURS or ALWAYS, from the service catalogue

    // SLA clocks
    public static final String RESPONSE_WARNING_AT = "responseWarningAt";
    public static final String RESPONSE_DUE_AT = "responseDueAt"; // KPI
    public static final String RESPONDED_AT = "respondedAt"; // KPI
    public static final String RESOLUTION_WARNING_AT = "resolutionWarningAt";
    public static final String RESOLUTION_DUE_AT = "resolutionDueAt"; // KPI: moved out by paused time
    public static final String RESOLVED_AT = "resolvedAt"; // KPI
    public static final String SLA_PAUSED_AT = "slaPausedAt";
    public static final String SLA_PAUSED_MILLIS = "slaPausedMillis"; // KPI: business time the resolution clock stood still
    public static final String RESPONSE_WARNED = "responseWarned";
    public static final String RESPONSE_BREACHED = "responseBreached";
    public static final String RESOLUTION_WARNED = "resolutionWarned";
    public static final String RESOLUTION_BREACHED = "resolutionBreached";

    // handling
    public static final String SUPPORT_GROUP = "supportGroup";
    public static final String RESOLVER = "resolver";
    public static final String RESOLVE_OUTCOME = "resolveOutcome";
    public static final String REASSIGN_GROUP = "reassignGroup";
    public static final String REASSIGN_TO = "reassignTo";
    public static final String REASSIGN_COUNT = "reassignCount";

    // closure
    public static final String CONFIRMATION_DUE_AT = "confirmationDueAt";
    public static final String CONFIRMATION_RESULT = "confirmationResult"; // CONFIRMED or NOT_RESOLVED
    public static final String REOPEN_REASON = "reopenReason";
    public static final String REOPEN_COUNT = "reopenCount"; // KPI
    public static final String CLOSURE_CODE = "closureCode";
    public static final String CLOSED_AT = "closedAt";

    // problem management (problem-trigger.dmn, major incident review)
    public static final String PROBLEM_REQUIRED = "problemRequired"; // ticked in the major incident review
    public static final String RECENT_INCIDENT_COUNT = "recentIncidentCount"; // same service and category, 30 days
    public static final String RAISE_PROBLEM = "raiseProblem";
    public static final String TRIGGER_REASON = "triggerReason";
    public static final String PROBLEM_KEY = "problemKey"; // the PRB key the incident is linked to

    private Variables() {}
  }

  /** Values of {@link Variables#RESOLVE_OUTCOME}, chosen in the resolve form. */
  public static final class ResolveOutcome {
    public static final String RESOLVED = "RESOLVED";
    public static final String WAIT_FOR_CUSTOMER = "WAIT_FOR_CUSTOMER";
    public static final String REASSIGN = "REASSIGN";
    public static final String ESCALATE = "ESCALATE";

    private ResolveOutcome() {}
  }
}
