package com.yuanjing.itsm.sla;

/**
 * Variable names of the SLA clocks, shared by every process that runs them (the KPI data contract of
 * docs/kpis.md reads these names from history).
 */
public final class SlaVariables {

  /** Both clocks start here; set by the process when the work was reported. */
  public static final String REPORTED_AT = "reportedAt";
  public static final String RESPONSE_TARGET = "responseTarget";
  public static final String RESOLUTION_TARGET = "resolutionTarget";
  public static final String SUPPORT_HOURS = "supportHours";
  public static final String RESPONSE_WARNING_AT = "responseWarningAt";
  public static final String RESPONSE_DUE_AT = "responseDueAt";
  public static final String RESPONDED_AT = "respondedAt";
  public static final String RESOLUTION_WARNING_AT = "resolutionWarningAt";
  public static final String RESOLUTION_DUE_AT = "resolutionDueAt";
  public static final String RESOLVED_AT = "resolvedAt";
  public static final String SLA_PAUSED_AT = "slaPausedAt";
  public static final String SLA_PAUSED_MILLIS = "slaPausedMillis";
  public static final String RESPONSE_WARNED = "responseWarned";
  public static final String RESPONSE_BREACHED = "responseBreached";
  public static final String RESOLUTION_WARNED = "resolutionWarned";
  public static final String RESOLUTION_BREACHED = "resolutionBreached";

  private SlaVariables() {}
}
