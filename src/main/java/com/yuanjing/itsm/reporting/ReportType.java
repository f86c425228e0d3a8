package com.yuanjing.itsm.reporting;

/** The kinds of service report of the requirements (2.2), with the labels users read. */
public enum ReportType {
  TECHNICAL_PROPOSAL("技术方案"),
  STAGE_SUMMARY("阶段性总结报告"),
  ACCEPTANCE_REPORT("验收汇报"),
  SERVICE_REPORT("服务报告");

  private final String label;

  ReportType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
