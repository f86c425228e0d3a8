package com.yuanjing.itsm.security;

/**
 * The annual information-security risk assessment (信息安全风险评估): its key, element ids and variable names.
 * Started once a year by its timer (cron {@link #ANNUAL_CYCLE}) or by hand through
 * {@code POST /api/security-risk-assessments} (message {@link #MESSAGE_ASSESSMENT_REQUESTED}). The risks are kept
 * in the risk register (table {@code security_risk}), one row per risk and assessment.
 */
public final class SecurityRiskAssessmentProcess {

  public static final String KEY = "securityRiskAssessment";
  public static final String BUSINESS_KEY_PREFIX = "RSK";
  public static final String MESSAGE_ASSESSMENT_REQUESTED = "SecurityRiskAssessmentRequested";
  /** 15 January, 09:00 server time, every year (the model's timer; Quartz-style cron with seconds). */
  public static final String ANNUAL_CYCLE = "0 0 9 15 1 ?";

  private SecurityRiskAssessmentProcess() {}

  /** Element ids of security-risk-assessment.bpmn. */
  public static final class Elements {
    public static final String START_EVENT_ANNUAL_ASSESSMENT_DUE = "StartEvent_AnnualAssessmentDue";
    public static final String START_EVENT_ASSESSMENT_REQUESTED = "StartEvent_AssessmentRequested";
    public static final String TASK_IDENTIFY_RISKS = "Task_IdentifyRisks";
    public static final String TASK_ASSESS_RISK = "Task_AssessRisk";
    public static final String TASK_PLAN_RISK_TREATMENT = "Task_PlanRiskTreatment";
    public static final String TASK_REVIEW_RISK_ASSESSMENT = "Task_ReviewRiskAssessment";
    public static final String GATEWAY_REVIEW_APPROVED = "Gateway_ReviewApproved";
    public static final String END_EVENT_RISK_ASSESSMENT_APPROVED = "EndEvent_RiskAssessmentApproved";

    private Elements() {}
  }

  /** Process variables; those of one risk are local to its multi-instance task. */
  public static final class Variables {
    public static final String ASSESSMENT_NUMBER = "assessmentNumber"; // the business key, for forms
    public static final String ASSESSMENT_YEAR = "assessmentYear"; // Integer, the year assessed
    public static final String REQUESTED_BY = "requestedBy"; // null when the timer started it
    public static final String RISK_LIST = "riskList"; // one risk per line: asset｜threat｜vulnerability
    public static final String RISK_COUNT = "riskCount";
    // one risk (local to a multi-instance task)
    public static final String RISK_ID = "riskId"; // Long, the register row
    public static final String RISK_NUMBER = "riskNumber";
    public static final String RISK_ASSET = "riskAsset";
    public static final String RISK_THREAT = "riskThreat";
    public static final String RISK_VULNERABILITY = "riskVulnerability";
    public static final String LIKELIHOOD = "likelihood"; // 1-5
    public static final String IMPACT = "impact"; // 1-5
    public static final String RISK_LEVEL = "riskLevel"; // HIGH, MEDIUM, LOW
    public static final String TREATMENT = "treatment"; // ACCEPT, REDUCE, TRANSFER, AVOID
    public static final String TREATMENT_MEASURE = "treatmentMeasure";
    public static final String RISK_OWNER = "riskOwner";
    public static final String TREATMENT_DUE_DATE = "treatmentDueDate"; // yyyy-MM-dd
    // review
    public static final String REVIEW_DECISION = "reviewDecision"; // APPROVE or RETURN
    public static final String REVIEW_COMMENT = "reviewComment";
    public static final String RETURN_REASON = "returnReason";
    public static final String REVIEWED_BY = "reviewedBy";
    public static final String APPROVED_AT = "approvedAt";

    private Variables() {}
  }
}
