package com.yuanjing.itsm.availability;

/** What reported an outage, with its Chinese label. */
public enum OutageSource {
  INCIDENT("事件"),
  ALERT("监控告警"),
  MANUAL("人工登记");

  private final String label;

  OutageSource(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
