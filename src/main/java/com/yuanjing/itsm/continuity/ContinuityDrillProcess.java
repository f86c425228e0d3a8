package com.yuanjing.itsm.continuity;

/**
 * The continuity drill process (连续性演练) and its half-yearly scheduling, both in continuity-drill.bpmn: keys,
 * element ids and variable names. Tests, delegates and listeners use these constants instead of literals.
 *
 * <p>Facts on every drill instance: {@code serviceId}, {@code drillTrigger}, {@code planVersion},
 * {@code rtoTargetMinutes}, {@code rpoTargetMinutes}, {@code rtoAchievedMinutes}, {@code rpoAchievedMinutes},
 * {@code drillPassed}; the outcome is the end event ({@code EndEvent_DrillPassed} or {@code EndEvent_DrillFailed}).
 * The results are also kept in {@code itsm_continuity_drill} (see {@link ContinuityDrills}).
 */
public final class ContinuityDrillProcess {

  public static final String KEY = "continuityDrill";
  public static final String BUSINESS_KEY_PREFIX = "DRL";
  public static final String MESSAGE_DRILL_REQUESTED = "ContinuityDrillRequested";
  /** The half-yearly run that starts one drill per key service with a plan (连续性演练排期). */
  public static final String SCHEDULING_KEY = "continuityDrillScheduling";

  private ContinuityDrillProcess() {}

  /** Element ids of continuity-drill.bpmn. */
  public static final class Elements {
    public static final String START_EVENT_DRILL_REQUESTED = "StartEvent_DrillRequested";
    public static final String TASK_PLAN_DRILL = "Task_PlanDrill";
    public static final String EVENT_DRILL_DATE_REACHED = "Event_DrillDateReached";
    public static final String TASK_EXECUTE_DRILL = "Task_ExecuteDrill";
    public static final String TASK_RECORD_DRILL_RESULT = "Task_RecordDrillResult";
    public static final String GATEWAY_DRILL_PASSED = "Gateway_DrillPassed";
    public static final String TASK_PLAN_IMPROVEMENTS = "Task_PlanImprovements";
    public static final String TASK_RECORD_IMPROVEMENTS = "Task_RecordImprovements";
    public static final String END_EVENT_DRILL_PASSED = "EndEvent_DrillPassed";
    public static final String END_EVENT_DRILL_FAILED = "EndEvent_DrillFailed";
    // the scheduling process
    public static final String START_EVENT_DRILLS_DUE = "StartEvent_DrillsDue";
    public static final String TASK_SCHEDULE_DRILLS = "Task_ScheduleDrills";
    public static final String GATEWAY_PLANS_MISSING = "Gateway_PlansMissing";
    public static final String TASK_REPORT_MISSING_PLANS = "Task_ReportMissingPlans";
    public static final String END_EVENT_DRILLS_SCHEDULED = "EndEvent_DrillsScheduled";
    public static final String END_EVENT_MISSING_PLANS_REPORTED = "EndEvent_MissingPlansReported";

    private Elements() {}
  }

  /** Process variables. */
  public static final class Variables {
    // request (message ContinuityDrillRequested)
    public static final String SERVICE_ID = "serviceId";
    public static final String REASON = "reason";
    public static final String DRILL_TRIGGER = "drillTrigger"; // DrillTrigger: SCHEDULED, MAJOR_CHANGE, REQUESTED
    public static final String DRILL_PERIOD = "drillPeriod"; // "2026-H2", scheduled drills only
    public static final String CHANGE_KEY = "changeKey"; // CHG-…, drills after a major change only

    // registration
    public static final String DRILL_NUMBER = "drillNumber"; // the business key, for forms and task lists
    public static final String REQUESTED_BY = "requestedBy"; // null when the schedule or a change requested it
    public static final String SERVICE_NAME = "serviceName";
    public static final String PLAN_VERSION = "planVersion"; // the plan in force; refreshed when executed
    public static final String RTO_TARGET_MINUTES = "rtoTargetMinutes";
    public static final String RPO_TARGET_MINUTES = "rpoTargetMinutes";

    // 制定演练方案
    public static final String PLANNED_AT = "plannedAt"; // Date, the timer waits for it
    public static final String SCENARIO = "scenario";
    public static final String PARTICIPANTS = "participants";
    public static final String PLANNED_BY = "plannedBy";

    // 执行演练
    public static final String STARTED_AT = "startedAt"; // Date
    public static final String ENDED_AT = "endedAt"; // Date
    public static final String RTO_ACHIEVED_MINUTES = "rtoAchievedMinutes"; // Integer
    public static final String RPO_ACHIEVED_MINUTES = "rpoAchievedMinutes"; // Integer
    public static final String FINDINGS = "findings";
    public static final String FAILED_FOR_FINDINGS = "failedForFindings"; // the executor fails it despite the targets
    public static final String DRILL_PASSED = "drillPassed"; // set by the server: targets met and not failed for findings
    public static final String EXECUTED_BY = "executedBy";

    // 制定改进措施: up to three actions, the first required
    public static final int MAX_ACTIONS = 3;
    public static final String ACTION_PREFIX = "improvementAction"; // improvementAction1..3
    public static final String ACTION_OWNER_PREFIX = "improvementOwner"; // improvementOwner1..3
    public static final String ACTION_DUE_DATE_PREFIX = "improvementDueDate"; // improvementDueDate1..3, yyyy-MM-dd
    public static final String IMPROVEMENTS_PLANNED_BY = "improvementsPlannedBy";

    // the scheduling process
    public static final String DRILLS_STARTED = "drillsStarted"; // Integer
    public static final String SERVICES_WITHOUT_PLAN = "servicesWithoutPlan"; // names, "、"-separated
    public static final String PLANS_MISSING = "plansMissing"; // Boolean

    public static String action(int number) {
      return ACTION_PREFIX + number;
    }

    public static String actionOwner(int number) {
      return ACTION_OWNER_PREFIX + number;
    }

    public static String actionDueDate(int number) {
      return ACTION_DUE_DATE_PREFIX + number;
    }

    private Variables() {}
  }
}
