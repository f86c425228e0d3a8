package com.yuanjing.itsm.continuity;

/** Why a drill takes place. */
public enum DrillTrigger {
  /** The half-yearly schedule (定期演练). */
  SCHEDULED("定期演练"),
  /** A successful high-risk change of the service (重大变更). */
  MAJOR_CHANGE("重大变更"),
  /** Requested by an ops manager (按需演练). */
  REQUESTED("按需演练");

  private final String label;

  DrillTrigger(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
