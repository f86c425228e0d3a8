package com.yuanjing.itsm.capacity;

/**
 * Capacity management (容量管理): the handling of a capacity alert or issue, {@link #KEY}, and the quarterly
 * capacity review, {@link #REVIEW_KEY}, both in capacity-management.bpmn; their element ids and variable
 * names. Tests, delegates and the KPI query use these constants instead of string literals.
 *
 * <p>KPI facts: the capacity incident itself is an incident of category {@code CAPACITY} (容量事件次数 counts
 * incidents, see {@link CapacityIncidentCount}); a capacity instance records the key of the incident it opened
 * in {@link Variables#INCIDENT_KEY}, and the incident names the capacity instance as its external reference.
 * Outcomes are end events: recorded without impact, tuned, expanded, expansion not implemented.
 */
public final class CapacityProcess {

  public static final String KEY = "capacityManagement";
  public static final String BUSINESS_KEY_PREFIX = "CAP";
  public static final String MESSAGE_CAPACITY_ALERT_RECEIVED = "CapacityAlertReceived";
  /** The quarterly capacity review (季度容量评审): one capacity plan per key service. */
  public static final String REVIEW_KEY = "capacityReview";
  public static final String REVIEW_BUSINESS_KEY_PREFIX = "CPR";
  /** The decision of capacity-alert.dmn: which capacity type an alert is about, none for other alerts. */
  public static final String DECISION_CAPACITY_ALERT = "capacityAlert";

  private CapacityProcess() {}

  /** Element ids of capacity-management.bpmn. */
  public static final class Elements {
    public static final String START_EVENT_CAPACITY_ALERT_RECEIVED = "StartEvent_CapacityAlertReceived";
    public static final String START_EVENT_CAPACITY_ISSUE_REPORTED = "StartEvent_CapacityIssueReported";
    public static final String TASK_ASSESS_CAPACITY_ALERT = "Task_AssessCapacityAlert";
    public static final String GATEWAY_SERVICE_IMPACTED = "Gateway_ServiceImpacted";
    public static final String END_EVENT_CAPACITY_ALERT_RECORDED = "EndEvent_CapacityAlertRecorded";
    public static final String TASK_OPEN_CAPACITY_INCIDENT = "Task_OpenCapacityIncident";
    public static final String TASK_PLAN_CAPACITY_ACTION = "Task_PlanCapacityAction";
    public static final String TASK_TUNE_PERFORMANCE = "Task_TunePerformance";
    public static final String TASK_CONFIRM_TUNING = "Task_ConfirmTuning";
    public static final String END_EVENT_CAPACITY_TUNED = "EndEvent_CapacityTuned";
    public static final String CALL_ACTIVITY_EXPAND_CAPACITY = "CallActivity_ExpandCapacity";
    public static final String END_EVENT_CAPACITY_EXPANDED = "EndEvent_CapacityExpanded";
    public static final String END_EVENT_EXPANSION_NOT_IMPLEMENTED = "EndEvent_ExpansionNotImplemented";
    // the quarterly review
    public static final String START_EVENT_CAPACITY_REVIEW_DUE = "StartEvent_CapacityReviewDue";
    public static final String TASK_SELECT_KEY_SERVICES = "Task_SelectKeyServices";
    public static final String END_EVENT_NO_KEY_SERVICES = "EndEvent_NoKeyServices";
    public static final String SUB_PROCESS_PLAN_CAPACITY = "SubProcess_PlanCapacity";
    public static final String TASK_DRAFT_CAPACITY_PLAN = "Task_DraftCapacityPlan";
    public static final String TASK_REVIEW_CAPACITY_PLAN = "Task_ReviewCapacityPlan";
    public static final String TASK_STORE_CAPACITY_PLAN = "Task_StoreCapacityPlan";
    public static final String END_EVENT_CAPACITY_PLAN_APPROVED = "EndEvent_CapacityPlanApproved";
    public static final String END_EVENT_CAPACITY_REVIEW_COMPLETED = "EndEvent_CapacityReviewCompleted";

    private Elements() {}
  }

  /** Process variables. */
  public static final class Variables {
    // start: a capacity alert (the message start) or an issue found by inspection (start form)
    public static final String SOURCE = "source"; // ALERT or INSPECTION
    public static final String ALERT_ID = "alertId"; // Long, the stored monitoring alert
    public static final String ALERT_NAME = "alertName";
    public static final String ALERT_FINGERPRINT = "alertFingerprint";
    public static final String ALERT_SEVERITY = "alertSeverity";
    public static final String ALERT_STARTED_AT = "alertStartedAt"; // Date
    public static final String SERVICE_ID = "serviceId";
    public static final String CAPACITY_TYPE = "capacityType"; // CapacityType
    public static final String SUMMARY = "summary";
    public static final String DESCRIPTION = "description";

    // registration
    public static final String CAPACITY_NUMBER = "capacityNumber"; // the business key, for forms and task lists
    public static final String REPORTED_BY = "reportedBy"; // the initiator of a start by hand
    public static final String REPORTED_AT = "reportedAt"; // Date
    public static final String SERVICE_NAME = "serviceName";

    // assessment
    public static final String ASSESSMENT_RESULT = "assessmentResult"; // IMPACT or NO_IMPACT on the service
    public static final String ASSESSMENT = "assessment";
    public static final String IMPACT = "impact"; // HIGH, MEDIUM, LOW: of the capacity incident
    public static final String URGENCY = "urgency";
    public static final String INCIDENT_KEY = "incidentKey"; // the INC key of the capacity incident

    // capacity action
    public static final String CAPACITY_ACTION = "capacityAction"; // TUNING or EXPANSION
    public static final String ACTION_PLAN = "actionPlan";
    public static final String TUNING_NOTE = "tuningNote";
    public static final String TUNING_RESULT = "tuningResult"; // EFFECTIVE or NOT_EFFECTIVE
    public static final String CONFIRMATION_NOTE = "confirmationNote";

    // the expansion's request for change: change.EmbeddedChangeRequest, passed to changeManagement
    public static final String CHANGE_REQUESTED_BY = "changeRequestedBy";
    public static final String CHANGE_KEY = "changeKey"; // set by the change when it starts
    public static final String CHANGE_SUCCEEDED = "changeSucceeded";

    // the quarterly review
    public static final String REVIEW_NUMBER = "reviewNumber";
    public static final String REVIEW_PERIOD = "reviewPeriod"; // 2026-Q4: the quarter the plans are for
    public static final String PLAN_SERVICE_IDS = "planServiceIds"; // comma-separated key services
    public static final String PLAN_SERVICE_COUNT = "planServiceCount"; // Integer
    // per plan: local variables of each instance of the multi-instance sub-process
    public static final String PLAN_SERVICE_ID = "planServiceId";
    public static final String PLAN_SERVICE_NAME = "planServiceName";
    public static final String CURRENT_UTILISATION = "currentUtilisation";
    public static final String TREND_FORECAST = "trendForecast";
    public static final String PLANNED_ACTIONS = "plannedActions";
    public static final String PLANNED_DATES = "plannedDates";
    public static final String DRAFTED_BY = "draftedBy";
    public static final String PLAN_DECISION = "planDecision"; // APPROVE or REVISE
    public static final String PLAN_REVIEW_COMMENT = "planReviewComment";
    public static final String PLAN_REVIEWED_BY = "planReviewedBy";

    private Variables() {}
  }
}
