package com.yuanjing.itsm.incident;

/** What an incident is about; problem triggers and the capacity KPI count incidents by category. */
public enum IncidentCategory {
  APPLICATION("应用"),
  DATABASE("数据库"),
  MIDDLEWARE("中间件"),
  SERVER("服务器"),
  NETWORK("网络"),
  CAPACITY("容量"),
  SECURITY("信息安全"),
  OTHER("其他");

  private final String label;

  IncidentCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
