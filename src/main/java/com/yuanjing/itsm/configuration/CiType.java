package com.yuanjing.itsm.configuration;

/** The kinds of configuration item (配置项类型) the CMDB records. */
public enum CiType {
  APPLICATION("应用"),
  CONFIGURATION_SET("配置集"),
  DEPLOYMENT("部署"),
  SERVER("服务器"),
  MIDDLEWARE("中间件"),
  DATABASE("数据库");

  private final String label;

  CiType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
