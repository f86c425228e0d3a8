package com.yuanjing.itsm.notification;

/** What a group is told, with the title it reads in Tasklist. */
public enum Notice {
  MAJOR_INCIDENT("【重大事件】"),
  RESPONSE_SLA_WARNING("【响应即将超时】"),
  RESPONSE_SLA_BREACHED("【响应已超时】"),
  RESOLUTION_SLA_WARNING("【解决即将超时】"),
  RESOLUTION_SLA_BREACHED("【解决已超时】"),
  REPORT_DUE_SOON("【报告即将到期】"),
  REPORT_OVERDUE("【报告已逾期】"),
  SERVICE_REPORT_NOT_STARTED("【服务报告未能创建】"),
  CONTINUITY_PLAN_MISSING("【缺少连续性计划】"),
  CONTINUITY_DRILL_NOT_STARTED("【连续性演练未能创建】"),
  CUSTOMER_NOTIFICATION_OVERDUE("【客户通知已逾期】"),
  ALERT_REACTION_FAILED("【告警处理失败】");

  private final String titlePrefix;

  Notice(String titlePrefix) {
    this.titlePrefix = titlePrefix;
  }

  public String title(String businessKey, String summary) {
    return titlePrefix + businessKey + " " + (summary == null ? "" : summary);
  }
}
