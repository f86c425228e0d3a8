package com.yuanjing.itsm.configuration;

/**
 * Configuration management (配置管理), one model (configuration-management.bpmn) with two pools: the
 * requests to register, update or retire configuration items (process {@link #KEY}) and the configuration
 * audits (配置审计) that verify the recorded items against production (process {@link #AUDIT_PROCESS_KEY}).
 * Two processes because Camunda 7 does not allow a none start event (the request form) beside a timer
 * start event (the monthly audit) in one process. Keys, business-key prefixes, message and error names,
 * element ids and variable names; tests, delegates and the KPI module use these constants.
 */
public final class ConfigurationProcess {

  public static final String KEY = "configurationManagement";
  public static final String AUDIT_PROCESS_KEY = "configurationAudit";
  /** Business keys of configuration requests: CFG-2026-000012. */
  public static final String BUSINESS_KEY_PREFIX = "CFG";
  /** Business keys of configuration audits: CAU-2026-000003. */
  public static final String AUDIT_BUSINESS_KEY_PREFIX = "CAU";
  /** Starts the audit of all items of one service (variable {@code serviceId}). */
  public static final String MESSAGE_AUDIT_REQUESTED = "ConfigurationAuditRequested";
  /** Thrown by the record step when the CMDB refuses a request that was valid when it was checked. */
  public static final String ERROR_RECORD_FAILED = "ConfigurationRecordFailed";

  private ConfigurationProcess() {}

  /** Element ids of configuration-management.bpmn. */
  public static final class Elements {
    public static final String START_EVENT_CONFIGURATION_REQUESTED = "StartEvent_ConfigurationRequested";
    public static final String TASK_CHECK_CONFIGURATION_REQUEST = "Task_CheckConfigurationRequest";
    public static final String TASK_RECORD_CONFIGURATION = "Task_RecordConfiguration";
    public static final String BOUNDARY_EVENT_RECORD_FAILED = "BoundaryEvent_RecordFailed";
    public static final String END_EVENT_CONFIGURATION_RECORDED = "EndEvent_ConfigurationRecorded";
    public static final String END_EVENT_CONFIGURATION_REQUEST_REJECTED = "EndEvent_ConfigurationRequestRejected";
    public static final String END_EVENT_CONFIGURATION_REQUEST_FAILED = "EndEvent_ConfigurationRequestFailed";

    public static final String START_EVENT_CONFIGURATION_AUDIT_DUE = "StartEvent_ConfigurationAuditDue";
    public static final String START_EVENT_SERVICE_AUDIT_REQUESTED = "StartEvent_ServiceAuditRequested";
    public static final String TASK_SELECT_AUDIT_SAMPLE = "Task_SelectAuditSample";
    public static final String TASK_VERIFY_CONFIGURATION_ITEM = "Task_VerifyConfigurationItem";
    public static final String TASK_SUMMARISE_AUDIT = "Task_SummariseAudit";
    public static final String END_EVENT_NOTHING_TO_AUDIT = "EndEvent_NothingToAudit";
    public static final String END_EVENT_CONFIGURATION_AUDIT_COMPLETED = "EndEvent_ConfigurationAuditCompleted";

    private Elements() {}
  }

  /** Process variables. */
  public static final class Variables {
    // request (start form); codes of ConfigurationRequest.Operation, CiType and Environment
    public static final String OPERATION = "operation"; // REGISTER, UPDATE or RETIRE
    public static final String ITEM_ID = "itemId"; // Long; the item to update or retire, the item recorded
    public static final String CI_TYPE = "ciType";
    public static final String NAME = "name";
    public static final String SERVICE_ID = "serviceId"; // also the service of a service audit
    public static final String ENVIRONMENT = "environment"; // PRODUCTION or TEST
    public static final String VERSION = "version";
    public static final String LOCATION = "location";
    public static final String OWNER = "owner";
    public static final String DESCRIPTION = "description";
    public static final String REASON = "reason";
    public static final String CHANGE_KEY = "changeKey"; // CHG-..., the change that authorises a production item
    public static final String RELEASE_KEY = "releaseKey"; // REL-..., or the release that does

    public static final String REQUESTED_BY = "requestedBy";
    public static final String REQUEST_NUMBER = "requestNumber"; // the business key CFG-...
    public static final String SERVICE_NAME = "serviceName";
    public static final String SUMMARY = "summary"; // one line for task lists
    // Integer; the item's revision when an update or retirement was requested (the record step refuses the
    // request when the item has changed since); in an audit, local to each verification (below)
    public static final String ITEM_REVISION = "itemRevision";

    // check and record
    public static final String CHECK_DECISION = "checkDecision"; // APPROVE or REJECT
    public static final String CHECK_COMMENT = "checkComment";
    public static final String CHECKED_BY = "checkedBy";
    public static final String RECORD_FAILURE = "recordFailure"; // why the CMDB refused the request at record time

    // audit
    public static final String AUDIT_KEY = "auditKey"; // the business key CAU-...
    public static final String AUDIT_SUBJECTS = "auditSubjects"; // the selection, JSON bytes (ConfigurationAuditSubjects)
    public static final String AUDIT_ITEM_COUNT = "auditItemCount"; // Integer
    public static final String VERIFICATION_DUE_AT = "verificationDueAt"; // Date, 10 working days after selection
    // local to each verification (set by PrepareVerificationListener): itemRevision (above) and
    public static final String ITEM_SUMMARY = "itemSummary";
    public static final String VERIFICATION_RESULT = "verificationResult"; // ACCURATE or INACCURATE
    public static final String FINDING = "finding";
    public static final String CORRECTED_VERSION = "correctedVersion";
    public static final String CORRECTED_LOCATION = "correctedLocation";
    public static final String CORRECTED_DESCRIPTION = "correctedDescription";
    // KPI facts (配置准确率) of one audit
    public static final String VERIFIED_COUNT = "verifiedCount"; // Integer
    public static final String ACCURATE_COUNT = "accurateCount"; // Integer
    public static final String CONFIGURATION_ACCURACY = "configurationAccuracy"; // Double, accurate / verified

    private Variables() {}
  }
}
