package com.yuanjing.itsm.identity;

import java.util.Arrays;
import java.util.List;

/** The candidate groups of every process (docs/roles.md), with their Chinese names. */
public enum ItsmGroup {
  SERVICE_DESK("service-desk", "服务台"),
  OPS_ENGINEERS("ops-engineers", "运维工程师"),
  OPS_MANAGERS("ops-managers", "运维管理部"),
  QUALITY("quality", "质量效能部"),
  CAB("cab", "变更咨询委员会"),
  RELEASE_MANAGERS("release-managers", "发布经理"),
  CONFIG_MANAGERS("config-managers", "配置管理员"),
  SECURITY_OFFICERS("security-officers", "信息安全员"),
  AUDITORS("auditors", "审计员"),
  CAMUNDA_ADMIN("camunda-admin", "系统管理员");

  private final String id;
  private final String chineseName;

  ItsmGroup(String id, String chineseName) {
    this.id = id;
    this.chineseName = chineseName;
  }

  public String id() {
    return id;
  }

  public String chineseName() {
    return chineseName;
  }

  /** The groups that work tasks in Tasklist. */
  public static List<ItsmGroup> taskWorkers() {
    return Arrays.stream(values()).filter(g -> g != AUDITORS && g != CAMUNDA_ADMIN).toList();
  }
}
