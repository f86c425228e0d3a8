package com.yuanjing.itsm.incident;

/** The kinds of service need the service desk takes in (seed 2.3). */
public enum IncidentType {
  SERVICE_REQUEST("服务请求"),
  CONSULTATION("技术咨询"),
  TECHNICAL_SUPPORT("技术支持"),
  FAULT("故障");

  private final String label;

  IncidentType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
