package com.yuanjing.itsm.configuration;

/** What a change did to a configuration item, as its history records it. */
public enum HistoryOperation {
  REGISTERED("登记"),
  UPDATED("变更"),
  RETIRED("退役"),
  RELATION_ADDED("添加关系"),
  RELATION_REMOVED("删除关系"),
  DEPLOYED("部署"),
  AUDIT_CORRECTED("审计纠正");

  private final String label;

  HistoryOperation(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
