package com.yuanjing.itsm.change;

/**
 * The change management process (变更管理): its key, element ids and variable names.
 * Tests, delegates and the KPI module use these constants instead of string literals.
 */
public final class ChangeProcess {

  public static final String KEY = "changeManagement";
  public static final String BUSINESS_KEY_PREFIX = "CHG";

  private ChangeProcess() {}

  /** Element ids of change-management.bpmn. */
  public static final class Elements {
    public static final String START_EVENT_CHANGE_REQUESTED = "StartEvent_ChangeRequested";
    public static final String TASK_CLASSIFY_CHANGE = "Task_ClassifyChange";
    public static final String TASK_DETERMINE_APPROVAL = "Task_DetermineApproval";
    public static final String TASK_CHECK_CHANGE_WINDOW = "Task_CheckChangeWindow";
    public static final String TASK_RESOLVE_WINDOW_CONFLICT = "Task_ResolveWindowConflict";
    public static final String TASK_DECIDE_WINDOW_EXCEPTION = "Task_DecideWindowException";
    public static final String TASK_ASSESS_TECHNICAL_IMPACT = "Task_AssessTechnicalImpact";
    public static final String TASK_ASSESS_BUSINESS_IMPACT = "Task_AssessBusinessImpact";
    public static final String TASK_CAB_VOTE = "Task_CabVote";
    public static final String TASK_COUNT_CAB_VOTES = "Task_CountCabVotes";
    public static final String TASK_APPROVE_EMERGENCY_CHANGE = "Task_ApproveEmergencyChange";
    public static final String TIMER_PLANNED_START_REACHED = "Event_PlannedStartReached";
    public static final String TASK_IMPLEMENT_CHANGE = "Task_ImplementChange";
    public static final String TASK_VERIFY_CHANGE = "Task_VerifyChange";
    public static final String TASK_BACK_OUT_CHANGE = "Task_BackOutChange";
    public static final String TASK_REVIEW_CHANGE = "Task_ReviewChange";
    /** A successful high-risk change of a key service with a continuity plan is followed by a drill. */
    public static final String GATEWAY_MAJOR_CHANGE = "Gateway_MajorChange";
    public static final String TASK_SCHEDULE_CONTINUITY_DRILL = "Task_ScheduleContinuityDrill";
    public static final String END_EVENT_CHANGE_SUCCEEDED = "EndEvent_ChangeSucceeded";
    public static final String END_EVENT_CHANGE_FAILED = "EndEvent_ChangeFailed";
    public static final String END_EVENT_CHANGE_REJECTED = "EndEvent_ChangeRejected";
    public static final String END_EVENT_CHANGE_CANCELLED = "EndEvent_ChangeCancelled";

    private Elements() {}
  }

  /** Process variables. */
  public static final class Variables {
    // request for change (start form and POST /api/changes)
    public static final String TITLE = "title";
    public static final String DESCRIPTION = "description";
    public static final String REASON = "reason";
    public static final String SERVICE_ID = "serviceId";
    public static final String AFFECTED_ITEMS = "affectedItems";
    public static final String CONFIGURATION_ITEM_IDS = "configurationItemIds"; // CMDB item numbers, "12, 15"
    public static final String SOURCE = "source"; // MANUAL, PROBLEM, RELEASE or CAPACITY
    public static final String SOURCE_KEY = "sourceKey"; // PRB-…, REL-… or CAP-… when raised by another process
    public static final String EMERGENCY = "emergency";
    public static final String EMERGENCY_JUSTIFICATION = "emergencyJustification";
    public static final String STANDARD_CHANGE_ID = "standardChangeId";
    public static final String DOWNTIME_REQUIRED = "downtimeRequired";
    public static final String DONE_BEFORE = "doneBefore";
    public static final String TESTED = "tested";
    public static final String PLANNED_START = "plannedStart"; // Date
    public static final String PLANNED_END = "plannedEnd"; // Date
    public static final String IMPLEMENTATION_PLAN = "implementationPlan";
    public static final String TEST_PLAN = "testPlan";
    public static final String BACKOUT_PLAN = "backoutPlan";

    // registration
    public static final String CHANGE_NUMBER = "changeNumber"; // the business key, for forms and task lists
    /** Set on the calling process (a problem) when it starts this change, so the link shows at once. */
    public static final String CALLING_PROCESS_CHANGE_KEY = "changeKey";
    public static final String REQUESTED_BY = "requestedBy"; // the initiator
    public static final String REQUESTED_AT = "requestedAt";
    public static final String SERVICE_NAME = "serviceName";
    public static final String AFFECTED_SERVICES = "affectedServices"; // the own service and its dependents, by name
    public static final String SERVICE_CRITICALITY = "serviceCriticality"; // HIGH, MEDIUM, LOW
    public static final String BACKOUT_PLAN_AVAILABLE = "backoutPlanAvailable";

    // rules (change-classification.dmn, change-approval.dmn)
    public static final String CHANGE_CLASS = "changeClass"; // STANDARD, NORMAL, EMERGENCY
    public static final String RISK_LEVEL = "riskLevel"; // LOW, MEDIUM, HIGH
    public static final String APPROVAL_ROUTE = "approvalRoute"; // NONE, CAB, EMERGENCY_CAB
    public static final String CAB_APPROVAL_SHARE = "cabApprovalShare"; // share of CAB votes needed to approve

    // change window
    public static final String WINDOW_CONFLICT = "windowConflict";
    public static final String WINDOW_CONFLICT_REASONS = "windowConflictReasons";
    public static final String CONFLICT_RESOLUTION = "conflictResolution"; // RESCHEDULE, REQUEST_EXCEPTION, CANCEL
    public static final String EXCEPTION_REASON = "exceptionReason";
    public static final String EXCEPTION_DECISION = "exceptionDecision"; // APPROVE, REJECT
    public static final String WINDOW_EXCEPTION_GRANTED = "windowExceptionGranted";

    // approval
    public static final String TECHNICAL_ASSESSMENT = "technicalAssessment";
    public static final String BUSINESS_ASSESSMENT = "businessAssessment";
    public static final String CAB_MEMBER = "cabMember"; // element variable of the CAB vote
    public static final String VOTE = "vote"; // APPROVE or REJECT
    public static final String VOTE_REASON = "voteReason";
    public static final String CAB_APPROVALS = "cabApprovals";
    public static final String CAB_REJECTIONS = "cabRejections";
    public static final String EMERGENCY_DECISION = "emergencyDecision"; // APPROVE or REJECT
    public static final String APPROVAL_COMMENT = "approvalComment";
    public static final String APPROVED = "approved"; // set on every approval route (standard changes are pre-approved)

    // implementation and review
    public static final String IMPLEMENTATION_RESULT = "implementationResult"; // COMPLETED or FAILED
    public static final String IMPLEMENTATION_NOTE = "implementationNote";
    public static final String VERIFICATION_RESULT = "verificationResult"; // PASSED or FAILED
    public static final String VERIFICATION_NOTE = "verificationNote";
    public static final String BACKOUT_NOTE = "backoutNote";
    public static final String REVIEW_SUMMARY = "reviewSummary";
    public static final String LESSONS_LEARNED = "lessonsLearned";
    public static final String CHANGE_SUCCEEDED = "changeSucceeded"; // KPI: set when verified, or on the way to back-out

    private Variables() {}
  }
}
