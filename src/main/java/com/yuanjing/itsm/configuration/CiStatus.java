package com.yuanjing.itsm.configuration;

/** Whether a configuration item is in use (在用) or retired (已退役); a retired item is kept with its history. */
public enum CiStatus {
  ACTIVE("在用"),
  RETIRED("已退役");

  private final String label;

  CiStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
