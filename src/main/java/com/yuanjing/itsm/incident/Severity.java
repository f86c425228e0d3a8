package com.yuanjing.itsm.incident;

/** Impact and urgency levels, the inputs of incident-priority.dmn. */
public enum Severity {
  HIGH("高"),
  MEDIUM("中"),
  LOW("低");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
