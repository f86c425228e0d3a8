package com.yuanjing.itsm.servicelevel;

/**
 * The service level management process (服务级别管理): its key, element ids and variable names.
 * Tests, delegates and the KPI module use these constants instead of string literals.
 *
 * <p>service-level-management.bpmn holds two pools: the life cycle of a service need ({@link #KEY}, started
 * in Tasklist) and the quarterly monitoring of the SLA attainment ({@link #MONITORING_KEY}, started by its
 * timer). Camunda 7 allows one none or timer start event per process, so the two cannot share one.
 */
public final class ServiceLevelProcess {

  public static final String KEY = "serviceLevelManagement";
  public static final String MONITORING_KEY = "serviceLevelMonitoring";
  public static final String BUSINESS_KEY_PREFIX = "SLM";

  private ServiceLevelProcess() {}

  /** Element ids of service-level-management.bpmn. */
  public static final class Elements {
    // a customer's service need, from the proposal to the published catalogue version
    public static final String START_EVENT_SERVICE_NEED_RECEIVED = "StartEvent_ServiceNeedReceived";
    public static final String TASK_PROPOSE_SOLUTION = "Task_ProposeSolution";
    public static final String TASK_EVALUATE_BY_QUALITY = "Task_EvaluateByQuality";
    public static final String TASK_EVALUATE_BY_OPERATIONS = "Task_EvaluateByOperations";
    public static final String GATEWAY_EVALUATION_RESULT = "Gateway_EvaluationResult";
    public static final String TASK_NEGOTIATE_SLA = "Task_NegotiateSla";
    public static final String TASK_SIGN_SLA = "Task_SignSla";
    public static final String TASK_PUBLISH_SERVICE = "Task_PublishService";
    public static final String END_EVENT_SERVICE_PUBLISHED = "EndEvent_ServicePublished";
    public static final String END_EVENT_SERVICE_NEED_DECLINED = "EndEvent_ServiceNeedDeclined";

    // the quarterly review of the SLA attainment
    public static final String START_EVENT_QUARTERLY_REVIEW_DUE = "StartEvent_QuarterlyReviewDue";
    public static final String TASK_COMPUTE_SLA_ATTAINMENT = "Task_ComputeSlaAttainment";
    public static final String TASK_REVIEW_SLA_ATTAINMENT = "Task_ReviewSlaAttainment";
    public static final String GATEWAY_SERVICES_BELOW_TARGET = "Gateway_ServicesBelowTarget";
    public static final String TASK_PLAN_IMPROVEMENT = "Task_PlanImprovement";
    public static final String END_EVENT_SLA_TARGETS_MET = "EndEvent_SlaTargetsMet";
    public static final String END_EVENT_IMPROVEMENT_PLANNED = "EndEvent_ImprovementPlanned";

    private Elements() {}
  }

  /** Process variables. */
  public static final class Variables {
    public static final String SERVICE_LEVEL_NUMBER = "serviceLevelNumber"; // the business key, for forms and task lists
    public static final String REQUESTED_BY = "requestedBy"; // who started it (the initiator)

    // the service need (start form)
    public static final String NEED_TYPE = "needType"; // NEW or CHANGE
    public static final String SERVICE_ID = "serviceId"; // the published service to change; the new id for NEW
    public static final String NEW_SERVICE_ID = "newServiceId"; // the id asked for a new service
    public static final String CUSTOMER = "customer";
    public static final String SERVICE_NAME = "serviceName";
    public static final String NEED = "need";
    public static final String CURRENT_VERSION = "currentVersion"; // of the service changed, when the need came

    // the proposal
    public static final String SOLUTION = "solution";
    public static final String SERVICE_LEVEL = "serviceLevel"; // GOLD, SILVER, BRONZE
    public static final String SUPPORT_HOURS = "supportHours"; // ALWAYS or BUSINESS_HOURS
    public static final String SERVICE_HOURS = "serviceHours"; // ALWAYS or BUSINESS_HOURS
    public static final String KEY_SERVICE = "keyService"; // Boolean
    public static final String MAINTENANCE_WINDOWS = "maintenanceWindows"; // one "SATURDAY 22:00-06:00" per line
    public static final String SERVICE_OWNER = "serviceOwner"; // user id

    // the evaluation
    public static final String QUALITY_DECISION = "qualityDecision"; // APPROVE, REVISE, REJECT
    public static final String QUALITY_COMMENT = "qualityComment";
    public static final String OPERATIONS_DECISION = "operationsDecision";
    public static final String OPERATIONS_COMMENT = "operationsComment";

    // the SLA
    public static final String SLA_TERMS = "slaTerms";
    public static final String SLA_DOCUMENT = "slaDocument"; // archive number or URL of the signed document
    public static final String SIGNED_ON = "signedOn"; // yyyy-MM-dd
    public static final String SLA_VALID_FROM = "slaValidFrom"; // yyyy-MM-dd
    public static final String SLA_VALID_TO = "slaValidTo"; // yyyy-MM-dd, after slaValidFrom
    public static final String SIGNED_BY = "signedBy"; // who completed 签署SLA, the publisher
    public static final String PUBLISHED_VERSION = "publishedVersion"; // Integer

    // the quarterly review
    public static final String PERIOD = "period"; // e.g. 2026-Q3
    public static final String ATTAINMENT_TARGET = "attainmentTarget"; // Double
    public static final String OVERALL_ATTAINMENT = "overallAttainment"; // Double, null without incidents
    public static final String ATTAINMENT_SUMMARY = "attainmentSummary"; // the figures, for the review form
    public static final String BELOW_TARGET_SERVICES = "belowTargetServices"; // service ids, comma-separated
    public static final String BELOW_TARGET_COUNT = "belowTargetCount"; // Integer
    public static final String REVIEW_COMMENT = "reviewComment";
    public static final String IMPROVEMENT_SERVICE_ID = "improvementServiceId"; // per improvement task
    public static final String IMPROVEMENT_SERVICE_NAME = "improvementServiceName"; // its name, local to its task
    public static final String IMPROVEMENT_ACTION = "improvementAction"; // local to its task
    public static final String IMPROVEMENT_OWNER = "improvementOwner"; // user id, local to its task
    public static final String IMPROVEMENT_DUE_DATE = "improvementDueDate"; // yyyy-MM-dd, local to its task

    private Variables() {}
  }

  /** Values of {@link Variables#NEED_TYPE}. */
  public static final class NeedType {
    public static final String NEW = "NEW";
    public static final String CHANGE = "CHANGE";

    private NeedType() {}
  }

  /** Values of the evaluation decisions. */
  public static final class Decision {
    public static final String APPROVE = "APPROVE";
    public static final String REVISE = "REVISE";
    public static final String REJECT = "REJECT";

    private Decision() {}
  }
}
