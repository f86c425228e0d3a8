package com.yuanjing.itsm.identity;

import java.util.List;

/** One demo user per group, for the local demo only; the prod profile refuses to start with them. */
public record DemoUser(String id, String lastName, String firstName, ItsmGroup group) {

  /** The password every demo user has (documented in the README). */
  public static final String PASSWORD = "demo";

  public static final List<DemoUser> ALL = List.of(
      new DemoUser("desk", "王", "服务台", ItsmGroup.SERVICE_DESK),
      new DemoUser("engineer", "李", "工程师", ItsmGroup.OPS_ENGINEERS),
      new DemoUser("engineer2", "赵", "工程师", ItsmGroup.OPS_ENGINEERS),
      new DemoUser("manager", "张", "经理", ItsmGroup.OPS_MANAGERS),
      new DemoUser("quality", "陈", "质量", ItsmGroup.QUALITY),
      new DemoUser("cab", "刘", "评审", ItsmGroup.CAB),
      new DemoUser("release", "杨", "发布", ItsmGroup.RELEASE_MANAGERS),
      new DemoUser("config", "黄", "配置", ItsmGroup.CONFIG_MANAGERS),
      new DemoUser("security", "周", "安全", ItsmGroup.SECURITY_OFFICERS),
      new DemoUser("auditor", "吴", "审计", ItsmGroup.AUDITORS),
      new DemoUser("admin", "系统", "管理员", ItsmGroup.CAMUNDA_ADMIN));

  public String email() {
    return id + "@demo.yuanjing.example";
  }
}
