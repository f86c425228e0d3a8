package com.yuanjing.itsm.configuration;

/** Where a configuration item lives. Production items change only under an approved change or release. */
public enum Environment {
  PRODUCTION("生产"),
  TEST("测试");

  private final String label;

  Environment(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
