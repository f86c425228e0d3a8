package com.yuanjing.itsm.problem;

/**
 * The problem management process (问题管理): its key, message names, element ids and variable names.
 * Tests, delegates and the KPI module use these constants instead of string literals.
 */
public final class ProblemProcess {

  public static final String KEY = "problemManagement";
  public static final String BUSINESS_KEY_PREFIX = "PRB";
  /** Starts a problem raised by the incident process (recurring incidents, major incident review). */
  public static final String MESSAGE_PROBLEM_RAISED = "ProblemRaised";
  /** Links one more incident to an open problem. */
  public static final String MESSAGE_INCIDENT_LINKED = "IncidentLinked";

  private ProblemProcess() {}

  /** Element ids of problem-management.bpmn. */
  public static final class Elements {
    public static final String START_EVENT_PROBLEM_REPORTED = "StartEvent_ProblemReported";
    public static final String START_EVENT_PROBLEM_RAISED = "StartEvent_ProblemRaised";
    public static final String TASK_LOG_PROBLEM = "Task_LogProblem";
    public static final String TASK_INVESTIGATE_PROBLEM = "Task_InvestigateProblem";
    public static final String TASK_RECORD_KNOWN_ERROR = "Task_RecordKnownError";
    public static final String TASK_PLAN_RESOLUTION = "Task_PlanResolution";
    public static final String CALL_ACTIVITY_IMPLEMENT_FIX = "CallActivity_ImplementFix";
    public static final String TASK_ACCEPT_RISK = "Task_AcceptRisk";
    public static final String TIMER_OBSERVATION_ENDED = "Event_ObservationEnded";
    public static final String TASK_CHECK_RECURRENCE = "Task_CheckRecurrence";
    public static final String START_EVENT_INCIDENT_LINKED = "StartEvent_IncidentLinked";
    public static final String TASK_LINK_INCIDENT = "Task_LinkIncident";
    public static final String END_EVENT_PROBLEM_RESOLVED = "EndEvent_ProblemResolved";
    public static final String END_EVENT_PROBLEM_NOT_RESOLVED = "EndEvent_ProblemNotResolved";
    public static final String END_EVENT_PROBLEM_DUPLICATE = "EndEvent_ProblemDuplicate";

    private Elements() {}
  }

  /** Process variables. */
  public static final class Variables {
    // raising (start form, message from the incident process)
    public static final String TITLE = "title";
    public static final String SERVICE_ID = "serviceId";
    public static final String CATEGORY = "category";
    public static final String DESCRIPTION = "description";
    public static final String SOURCE = "source"; // PRODUCT_DEFECT, TREND, RECURRING_INCIDENTS, MAJOR_INCIDENT
    public static final String LINKED_INCIDENT_KEYS = "linkedIncidentKeys"; // comma-separated INC keys
    public static final String INCIDENT_KEY = "incidentKey"; // the incident being linked (message payload)

    // registration
    public static final String PROBLEM_NUMBER = "problemNumber";
    public static final String RAISED_BY = "raisedBy";
    public static final String RAISED_AT = "raisedAt";
    public static final String SERVICE_NAME = "serviceName";

    // logging and investigation
    public static final String LOG_DECISION = "logDecision"; // ACCEPT or DUPLICATE
    public static final String DUPLICATE_OF = "duplicateOf";
    public static final String SYMPTOM = "symptom";
    public static final String ROOT_CAUSE = "rootCause";
    public static final String WORKAROUND = "workaround";

    // resolution
    public static final String RESOLUTION_PLAN = "resolutionPlan"; // CHANGE_REQUIRED, FIXED_WITHOUT_CHANGE, CANNOT_RESOLVE
    public static final String RESOLUTION_NOTE = "resolutionNote";
    // the request for change of a fix (form 确定解决方案): change.EmbeddedChangeRequest, passed by the call activity
    public static final String CHANGE_REQUESTED_BY = "changeRequestedBy"; // who planned the fix
    public static final String CHANGE_KEY = "changeKey"; // the CHG key of the fix
    public static final String CHANGE_SUCCEEDED = "changeSucceeded";
    public static final String RISK_DECISION = "riskDecision"; // ACCEPT_RISK or CONTINUE
    public static final String RISK_ACCEPTANCE_REASON = "riskAcceptanceReason";
    public static final String FIXED_AT = "fixedAt";
    public static final String RECURRENCES_SINCE_FIX = "recurrencesSinceFix";
    public static final String PROBLEM_RESOLVED = "problemResolved"; // KPI 问题解决率

    private Variables() {}
  }
}
