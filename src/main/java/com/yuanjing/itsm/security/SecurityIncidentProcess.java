package com.yuanjing.itsm.security;

/**
 * The security incident process (信息安全事件管理): its key, element ids and variable names. Tests, delegates
 * and the KPI query use these constants instead of string literals.
 *
 * <p>KPI facts on every instance: {@code customerInformationLeaked} (always set once triaged: false for false
 * alarms and events without exposure; turns true when the investigation finds a leak), {@code leakConfirmedAt}
 * (only on leaks: the completion of triage or of the investigation that found it), {@code customerNotificationDueAt},
 * {@code customerNotifiedAt} and {@code customerNotifiedOnTime} (only on leaks), {@code severity}.
 */
public final class SecurityIncidentProcess {

  public static final String KEY = "securityIncident";
  public static final String BUSINESS_KEY_PREFIX = "SEC";
  /** Sent by the incident process when an incident is classified as a security incident. */
  public static final String MESSAGE_SECURITY_EVENT_REPORTED = "SecurityEventReported";
  public static final String DECISION_SEVERITY = "securitySeverity";

  private SecurityIncidentProcess() {}

  /** Element ids of security-incident.bpmn. */
  public static final class Elements {
    public static final String START_EVENT_SECURITY_EVENT_REPORTED = "StartEvent_SecurityEventReported";
    public static final String START_EVENT_SECURITY_EVENT_FROM_INCIDENT = "StartEvent_SecurityEventFromIncident";
    public static final String TASK_TRIAGE_SECURITY_EVENT = "Task_TriageSecurityEvent";
    public static final String GATEWAY_SECURITY_EVENT_CONFIRMED = "Gateway_SecurityEventConfirmed";
    public static final String END_EVENT_FALSE_ALARM_CLOSED = "EndEvent_FalseAlarmClosed";
    public static final String TASK_DETERMINE_SEVERITY = "Task_DetermineSeverity";
    public static final String GATEWAY_CUSTOMER_INFORMATION_LEAKED = "Gateway_CustomerInformationLeaked";
    public static final String TASK_CONTAIN_SECURITY_INCIDENT = "Task_ContainSecurityIncident";
    public static final String TASK_INVESTIGATE_SECURITY_INCIDENT = "Task_InvestigateSecurityIncident";
    public static final String GATEWAY_LEAK_FOUND_IN_INVESTIGATION = "Gateway_LeakFoundInInvestigation";
    public static final String TASK_DETERMINE_LEAK_SEVERITY = "Task_DetermineLeakSeverity";
    public static final String TASK_ERADICATE_THREAT = "Task_EradicateThreat";
    public static final String TASK_RECOVER_SYSTEMS = "Task_RecoverSystems";
    public static final String TASK_NOTIFY_CUSTOMER = "Task_NotifyCustomer";
    public static final String BOUNDARY_EVENT_CUSTOMER_NOTIFICATION_OVERDUE = "BoundaryEvent_CustomerNotificationOverdue";
    public static final String TASK_ESCALATE_LATE_NOTIFICATION = "Task_EscalateLateNotification";
    public static final String END_EVENT_LATE_NOTIFICATION_ESCALATED = "EndEvent_LateNotificationEscalated";
    public static final String GATEWAY_HANDLING_JOIN = "Gateway_HandlingJoin";
    public static final String TASK_REVIEW_SECURITY_INCIDENT = "Task_ReviewSecurityIncident";
    public static final String END_EVENT_SECURITY_INCIDENT_CLOSED = "EndEvent_SecurityIncidentClosed";

    private Elements() {}
  }

  /** Process variables. */
  public static final class Variables {
    // report (start form, POST /api/security-incidents, or the incident that was classified as security)
    public static final String SUMMARY = "summary";
    public static final String DESCRIPTION = "description";
    public static final String SERVICE_ID = "serviceId"; // optional
    public static final String REPORTER_CONTACT = "reporterContact"; // optional
    public static final String INCIDENT_KEY = "incidentKey"; // the INC key when an incident reported it
    /** On the incident (incidentManagement), not here: the SEC key the incident was handed on to. */
    public static final String SECURITY_INCIDENT_KEY = "securityIncidentKey";

    // registration
    public static final String SECURITY_INCIDENT_NUMBER = "securityIncidentNumber"; // the business key, for forms
    public static final String SERVICE_NAME = "serviceName";
    public static final String REPORTED_AT = "reportedAt"; // Date
    public static final String REPORTED_BY = "reportedBy"; // user id; null when an incident reported it
    public static final String SOURCE = "source"; // DIRECT or INCIDENT

    // triage (研判安全事件) and securitySeverity
    public static final String TRIAGE_DECISION = "triageDecision"; // CONFIRMED or FALSE_ALARM
    public static final String EVENT_TYPE = "eventType"; // SecurityEventType
    public static final String CUSTOMER_INFORMATION_EXPOSED = "customerInformationExposed"; // Boolean
    public static final String AFFECTED_CUSTOMERS = "affectedCustomers"; // number of customers whose data is affected
    public static final String KEY_SERVICE_AFFECTED = "keyServiceAffected"; // Boolean
    public static final String TRIAGE_NOTE = "triageNote";
    public static final String TRIAGED_BY = "triagedBy";
    public static final String SEVERITY = "severity"; // CRITICAL, HIGH, MEDIUM, LOW (securitySeverity)
    public static final String NOTIFICATION_HOURS = "notificationHours"; // Integer, only when exposed
    /** KPI 信息泄露次数: a confirmed event that exposed customer information. Always set once triaged. */
    public static final String CUSTOMER_INFORMATION_LEAKED = "customerInformationLeaked";
    public static final String LEAK_CONFIRMED_AT = "leakConfirmedAt"; // Date, KPI period of a leak
    public static final String CUSTOMER_NOTIFICATION_DUE_AT = "customerNotificationDueAt"; // Date

    // handling
    public static final String CONTAINMENT_ACTIONS = "containmentActions";
    public static final String INVESTIGATION_FINDINGS = "investigationFindings";
    /**
     * 调查安全事件: the investigation found customer information exposed that triage had not recorded (Boolean,
     * with {@code affectedCustomers}); the leak is then confirmed at the investigation's completion.
     */
    public static final String LEAK_FOUND_IN_INVESTIGATION = "leakFoundInInvestigation";
    public static final String ERADICATION_ACTIONS = "eradicationActions";
    public static final String RECOVERY_ACTIONS = "recoveryActions";

    // customer notification
    public static final String NOTIFICATION_CHANNEL = "notificationChannel"; // PHONE, EMAIL, LETTER, MEETING
    public static final String NOTIFICATION_RECORD = "notificationRecord"; // who was told what
    public static final String CUSTOMER_NOTIFIED_AT = "customerNotifiedAt"; // Date, completion of 通知客户
    public static final String CUSTOMER_NOTIFIED_ON_TIME = "customerNotifiedOnTime"; // notifiedAt <= dueAt
    public static final String CUSTOMER_NOTIFIED_BY = "customerNotifiedBy";
    public static final String NOTIFICATION_OVERDUE_AT = "notificationOverdueAt"; // Date, when the deadline passed

    // post-incident review and closure
    public static final String ROOT_CAUSE = "rootCause";
    public static final String LESSONS_LEARNED = "lessonsLearned";
    public static final String IMPROVEMENT_ACTIONS = "improvementActions"; // one action per line, with owner
    public static final String REVIEWED_BY = "reviewedBy";
    public static final String CLOSED_AT = "closedAt"; // Date

    private Variables() {}
  }

  /** Values of {@link Variables#TRIAGE_DECISION}. */
  public static final class TriageDecision {
    public static final String CONFIRMED = "CONFIRMED";
    public static final String FALSE_ALARM = "FALSE_ALARM";

    private TriageDecision() {}
  }

  /** Values of {@link Variables#SOURCE}. */
  public static final class Source {
    public static final String DIRECT = "DIRECT";
    public static final String INCIDENT = "INCIDENT";

    private Source() {}
  }
}
