package com.yuanjing.itsm.capacity;

/** What a capacity alert or issue is about: the outputs of capacity-alert.dmn. */
public enum CapacityType {
  CPU("CPU"),
  MEMORY("内存"),
  DISK("磁盘空间"),
  CONNECTIONS("连接数"),
  RESPONSE_TIME("响应时间");

  private final String label;

  CapacityType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
