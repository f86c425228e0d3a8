package com.yuanjing.itsm.availability;

/**
 * The availability management process (服务中断管理, availability-management.bpmn): an outage of a service is
 * recorded, waits for its restoration, a planned one is checked against its change, and an unplanned one is
 * reviewed. Key, business-key prefix, message names, element ids and variable names; tests, delegates and the
 * KPI module use these constants.
 */
public final class AvailabilityProcess {

  public static final String KEY = "availabilityManagement";
  /** Business keys of outages: OUT-2026-000012. */
  public static final String BUSINESS_KEY_PREFIX = "OUT";
  /** Starts an outage reported by an incident or a monitoring alert. */
  public static final String MESSAGE_SERVICE_OUTAGE_REPORTED = "ServiceOutageReported";
  /** The service is back (incident resolution recorded, alert resolved), with {@link Variables#RESTORED_AT}. */
  public static final String MESSAGE_SERVICE_RESTORED = "ServiceRestored";
  /** The recorder of outages reported by monitoring alerts. */
  public static final String ALERT_RECORDER = "alertmanager";

  private AvailabilityProcess() {}

  /** Element ids of availability-management.bpmn. */
  public static final class Elements {
    public static final String START_EVENT_OUTAGE_REPORTED = "StartEvent_OutageReported";
    public static final String START_EVENT_OUTAGE_REGISTERED = "StartEvent_OutageRegistered";
    public static final String TASK_RECORD_OUTAGE = "Task_RecordOutage";
    public static final String GATEWAY_ALREADY_RESTORED = "Gateway_AlreadyRestored";
    public static final String TASK_CONFIRM_RESTORATION = "Task_ConfirmRestoration";
    public static final String BOUNDARY_EVENT_SERVICE_RESTORED = "BoundaryEvent_ServiceRestored";
    public static final String TASK_RECORD_RESTORATION = "Task_RecordRestoration";
    public static final String TASK_CHECK_MAINTENANCE_CHANGE = "Task_CheckMaintenanceChange";
    public static final String TASK_REVIEW_OUTAGE = "Task_ReviewOutage";
    public static final String TASK_RECORD_REVIEW = "Task_RecordReview";
    public static final String TASK_RAISE_PROBLEM = "Task_RaiseProblem";
    public static final String END_EVENT_PLANNED_MAINTENANCE_CONFIRMED = "EndEvent_PlannedMaintenanceConfirmed";
    public static final String END_EVENT_OUTAGE_REVIEWED = "EndEvent_OutageReviewed";
    public static final String END_EVENT_PROBLEM_LINKED = "EndEvent_ProblemLinked";
    public static final String END_EVENT_PROBLEM_RAISED = "EndEvent_ProblemRaised";

    private Elements() {}
  }

  /** Process variables. */
  public static final class Variables {
    // the report (start form, or the message from an incident or an alert)
    public static final String SERVICE_ID = "serviceId";
    public static final String STARTED_AT = "startedAt"; // Date: when the service became unavailable
    public static final String CAUSE = "cause";
    public static final String PLANNED = "planned"; // Boolean: registered as planned maintenance
    public static final String CHANGE_KEY = "changeKey"; // the CHG key approving the maintenance
    public static final String SOURCE = "source"; // OutageSource: INCIDENT, ALERT, MANUAL
    public static final String SOURCE_KEY = "sourceKey"; // the INC key or the alert id
    public static final String REPORTED_BY = "reportedBy"; // the initiator of a manual registration

    // registration
    public static final String OUTAGE_NUMBER = "outageNumber"; // the business key, for forms and task lists
    public static final String SERVICE_NAME = "serviceName";
    public static final String REPORTED_AT = "reportedAt";
    public static final String OUTAGE_STATE = "outageState"; // ONGOING until restored, then RESTORED
    /** Later reports of the same ongoing outage, comma-separated ("INC-2026-000014, 告警 12"). */
    public static final String JOINED_REPORTS = "joinedReports";
    public static final String OUTAGE_ID = "outageId"; // Long: the row of itsm_outage

    // restoration (form 确认服务恢复, the message ServiceRestored, or known at registration)
    public static final String RESTORED_AT = "restoredAt"; // Date

    // the check of planned maintenance against its change
    public static final String PLANNED_CONFIRMED = "plannedConfirmed"; // Boolean
    public static final String PLANNED_CHECK_RESULT = "plannedCheckResult"; // why it was not confirmed, in Chinese

    // review (form 回顾服务中断)
    public static final String ROOT_CAUSE = "rootCause";
    public static final String PROBLEM_DECISION = "problemDecision"; // NONE, LINK, RAISE
    public static final String PROBLEM_KEY = "problemKey"; // the PRB key linked or raised
    public static final String PROBLEM_CATEGORY = "problemCategory"; // IncidentCategory of a problem to raise

    private Variables() {}
  }

  /** Values of {@link Variables#OUTAGE_STATE}. */
  public static final class OutageState {
    public static final String ONGOING = "ONGOING";
    public static final String RESTORED = "RESTORED";

    private OutageState() {}
  }

  /** Values of {@link Variables#PROBLEM_DECISION}. */
  public static final class ProblemDecision {
    public static final String NONE = "NONE";
    public static final String LINK = "LINK";
    public static final String RAISE = "RAISE";

    private ProblemDecision() {}
  }

  /** Variables the outage integration keeps on an incident (form 受理事件). */
  public static final class IncidentVariables {
    public static final String SERVICE_UNAVAILABLE = "serviceUnavailable"; // Boolean: 服务中断（服务不可用）
    public static final String UNAVAILABLE_SINCE = "unavailableSince"; // Date; blank on the form = the report time
    public static final String OUTAGE_KEY = "outageKey"; // the OUT key the incident opened or joined

    private IncidentVariables() {}
  }
}
