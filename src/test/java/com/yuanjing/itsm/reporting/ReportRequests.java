package com.yuanjing.itsm.reporting;

import static com.yuanjing.itsm.reporting.ServiceReportingProcess.Variables.*;

import java.util.HashMap;
import java.util.Map;

/** Service report requests as an ops manager enters them in the start form, for tests. */
public final class ReportRequests {

  private ReportRequests() {}

  /**
   * An acceptance report to 京华银行 about online banking, written by the engineer; a new mutable map on every
   * call, so cases can change it (without a service it is a report to the customer as a whole).
   *
   * @param dueAt ISO-8601 with offset, e.g. {@code 2026-11-20T18:00+08:00}
   */
  public static Map<String, Object> acceptanceReport(String dueAt) {
    Map<String, Object> request = new HashMap<>();
    request.put(REPORT_TYPE, "ACCEPTANCE_REPORT");
    request.put(CUSTOMER, "京华银行");
    request.put(SERVICE_ID, "online-banking");
    request.put(TITLE, "网上银行系统二期验收汇报");
    request.put(DUE_AT, dueAt);
    request.put(AUTHOR, "engineer");
    request.put(REQUIREMENTS, "按合同附件三的验收标准汇报");
    return request;
  }
}
