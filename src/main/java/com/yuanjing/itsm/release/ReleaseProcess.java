package com.yuanjing.itsm.release;

/**
 * The release management process (发布管理): its key, element ids and variable names.
 * Tests, delegates and the KPI module use these constants instead of string literals.
 */
public final class ReleaseProcess {

  public static final String KEY = "releaseManagement";
  public static final String BUSINESS_KEY_PREFIX = "REL";

  private ReleaseProcess() {}

  /** Element ids of release-management.bpmn. */
  public static final class Elements {
    public static final String START_EVENT_RELEASE_REGISTERED = "StartEvent_ReleaseRegistered";
    public static final String TASK_CHECK_CHANGE = "Task_CheckChange";
    public static final String TASK_CHECK_READINESS = "Task_CheckReadiness";
    public static final String TASK_COMPLETE_EVIDENCE = "Task_CompleteEvidence";
    public static final String TASK_APPROVE_RELEASE = "Task_ApproveRelease";
    public static final String TIMER_DEPLOYMENT_WINDOW_REACHED = "Event_DeploymentWindowReached";
    public static final String TASK_DEPLOY_RELEASE = "Task_DeployRelease";
    public static final String TASK_SMOKE_TEST = "Task_SmokeTest";
    public static final String TASK_UPDATE_CONFIGURATION = "Task_UpdateConfiguration";
    public static final String TASK_ROLL_BACK_RELEASE = "Task_RollBackRelease";
    public static final String END_EVENT_RELEASE_SUCCEEDED = "EndEvent_ReleaseSucceeded";
    public static final String END_EVENT_RELEASE_FAILED = "EndEvent_ReleaseFailed";
    public static final String END_EVENT_RELEASE_REJECTED = "EndEvent_ReleaseRejected";
    public static final String END_EVENT_RELEASE_WITHDRAWN = "EndEvent_ReleaseWithdrawn";

    private Elements() {}
  }

  /** Process variables. */
  public static final class Variables {
    // registration (start form): what is released, under which change, with which evidence
    public static final String TITLE = "title";
    public static final String SERVICE_ID = "serviceId";
    public static final String CHANGE_KEY = "changeKey"; // the approved change that authorises the release
    public static final String APPLICATIONS = "applications"; // "name:version" pairs, comma-separated
    public static final String DEPLOYED_ON = "deployedOn"; // target servers
    public static final String PLANNED_START = "plannedStart"; // Date
    public static final String PACKAGE_NAME = "packageName";
    public static final String PACKAGE_CHECKSUM = "packageChecksum"; // SHA-256, hex
    public static final String PACKAGE_LOCATION = "packageLocation";
    public static final String TEST_RESULT = "testResult"; // PASSED, FAILED, NOT_TESTED
    public static final String TESTS_PASSED = "testsPassed";
    public static final String TESTS_FAILED = "testsFailed";
    public static final String TESTS_SKIPPED = "testsSkipped";
    public static final String ACCEPTANCE_SIGNED_OFF = "acceptanceSignedOff";
    public static final String ACCEPTANCE_SIGNED_BY = "acceptanceSignedBy";
    public static final String SECURITY_SCAN_RESULT = "securityScanResult"; // PASSED, FAILED, NOT_SCANNED
    public static final String BACKOUT_PLAN = "backoutPlan";

    public static final String RELEASE_NUMBER = "releaseNumber";
    public static final String REQUESTED_BY = "requestedBy";
    public static final String SERVICE_NAME = "serviceName";

    // readiness gate (release-readiness.dmn)
    public static final String CHANGE_APPROVED = "changeApproved";
    public static final String BACKOUT_PLAN_AVAILABLE = "backoutPlanAvailable";
    public static final String RELEASE_READY = "releaseReady";
    public static final String READINESS_FINDINGS = "readinessFindings";
    public static final String EVIDENCE_DECISION = "evidenceDecision"; // RESUBMIT or WITHDRAW

    // approval, deployment, verification
    public static final String APPROVAL_DECISION = "approvalDecision"; // APPROVE or REJECT
    public static final String APPROVAL_COMMENT = "approvalComment";
    public static final String DEPLOYMENT_RESULT = "deploymentResult"; // COMPLETED or FAILED
    public static final String DEPLOYMENT_NOTE = "deploymentNote";
    public static final String SMOKE_TEST_RESULT = "smokeTestResult"; // PASSED or FAILED
    public static final String SMOKE_TEST_NOTE = "smokeTestNote";
    public static final String ROLLBACK_NOTE = "rollbackNote";
    public static final String DEPLOYED_AT = "deployedAt";
    public static final String RELEASE_SUCCEEDED = "releaseSucceeded"; // KPI 发布成功率

    private Variables() {}
  }
}
