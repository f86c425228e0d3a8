package com.yuanjing.itsm.kpi;

import com.yuanjing.itsm.servicelevel.ServiceLevelProcess;

/**
 * The closed loop of the KPIs (ISO/IEC 20000 8.3.3): the monthly review (指标评审, kpi-review.bpmn) that starts
 * one improvement (指标改进, kpi-improvement.bpmn) per KPI below target in a period just closed. Keys, element ids
 * and variable names; tests, delegates and listeners use these constants instead of literals.
 */
public final class KpiReviewProcess {

  public static final String KEY = "kpiReview";
  public static final String IMPROVEMENT_KEY = "kpiImprovement";
  /** Business keys of improvements: {@code KPI-<kpi id>-<period>}, e.g. {@code KPI-incident-response-2026-01}. */
  public static final String BUSINESS_KEY_PREFIX = "KPI";

  private KpiReviewProcess() {}

  /** Element ids of kpi-review.bpmn and kpi-improvement.bpmn. */
  public static final class Elements {
    // the review
    public static final String START_EVENT_MONTHLY_REVIEW_DUE = "StartEvent_MonthlyReviewDue";
    public static final String TASK_START_IMPROVEMENTS = "Task_StartImprovements";
    public static final String GATEWAY_KPIS_BELOW_TARGET = "Gateway_KpisBelowTarget";
    public static final String END_EVENT_IMPROVEMENTS_STARTED = "EndEvent_ImprovementsStarted";
    public static final String END_EVENT_ALL_KPIS_MET = "EndEvent_AllKpisMet";
    // the improvement
    public static final String START_EVENT_KPI_BELOW_TARGET = "StartEvent_KpiBelowTarget";
    public static final String TASK_PLAN_KPI_IMPROVEMENT = "Task_PlanKpiImprovement";
    public static final String END_EVENT_IMPROVEMENT_PLANNED = "EndEvent_ImprovementPlanned";

    private Elements() {}
  }

  /** Process variables. */
  public static final class Variables {
    // the review
    public static final String REVIEWED_PERIODS = "reviewedPeriods"; // "事件响应及时率 2026-01、…"
    public static final String BELOW_TARGET_COUNT = "belowTargetCount"; // Integer
    public static final String IMPROVEMENT_KEYS = "improvementKeys"; // business keys, ","-separated

    // the improvement, set by the review when it starts it
    public static final String KPI = "kpi"; // the KPI's id
    public static final String KPI_NAME = "kpiName";
    public static final String PERIOD = "period"; // e.g. 2026-Q1
    public static final String KPI_VALUE = "kpiValue"; // as shown, e.g. "92.5%" or "3次"
    public static final String KPI_TARGET = "kpiTarget"; // as shown, e.g. "≥ 95.0%" or "≤ 1次"
    public static final String OWNER_GROUP = "ownerGroup"; // the candidate group of 制定改进措施
    public static final String TITLE = "title"; // for task lists

    // 制定改进措施; action, owner and due date as in the service level process's 制定改进计划
    public static final String IMPROVEMENT_CAUSE = "improvementCause";
    public static final String IMPROVEMENT_ACTION = ServiceLevelProcess.Variables.IMPROVEMENT_ACTION;
    public static final String IMPROVEMENT_OWNER = ServiceLevelProcess.Variables.IMPROVEMENT_OWNER; // user id
    public static final String IMPROVEMENT_DUE_DATE = ServiceLevelProcess.Variables.IMPROVEMENT_DUE_DATE; // yyyy-MM-dd
    public static final String IMPROVEMENT_PLANNED_BY = "improvementPlannedBy"; // who completed the task

    private Variables() {}
  }
}
