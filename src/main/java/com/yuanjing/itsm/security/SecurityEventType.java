package com.yuanjing.itsm.security;

/** What a security event is, as triage records it and securitySeverity reads it. */
public enum SecurityEventType {
  MALWARE("恶意代码"),
  ATTACK("网络攻击/入侵"),
  DATA_LEAK("数据泄露"),
  ACCOUNT_ABUSE("账号滥用/越权"),
  VULNERABILITY("漏洞"),
  OTHER("其他");

  private final String label;

  SecurityEventType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
