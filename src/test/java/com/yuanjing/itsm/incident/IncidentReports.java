package com.yuanjing.itsm.incident;

import java.util.LinkedHashMap;
import java.util.Map;

/** Incident reports as other systems send them, for tests: a complete one and variants of it. */
public final class IncidentReports {

  private IncidentReports() {}

  /**
   * A complete report for service "online-banking", without the optional fields category and major;
   * a new mutable map on every call, so cases can spoil it.
   */
  public static Map<String, Object> valid() {
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("reporter", "张伟");
    report.put("reporterContact", "13800138000");
    report.put("serviceId", "online-banking");
    report.put("incidentType", "FAULT");
    report.put("impact", "HIGH");
    report.put("urgency", "MEDIUM");
    report.put("summary", "网银登录页面打不开");
    report.put("description", "今天上午 9:30 起，客户反映网银登录页面一直转圈，无法登录。");
    return report;
  }

  /** The valid report with {@code field} set to {@code value}, which may be null. */
  public static Map<String, Object> with(String field, Object value) {
    Map<String, Object> report = valid();
    report.put(field, value);
    return report;
  }

  /** The valid report without {@code field}. */
  public static Map<String, Object> without(String field) {
    Map<String, Object> report = valid();
    report.remove(field);
    return report;
  }
}
