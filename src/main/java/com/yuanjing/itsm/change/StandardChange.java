package com.yuanjing.itsm.change;

/**
 * The pre-approved standard changes. change-classification.dmn lists the same codes: a test keeps the
 * two in step, and a code the table does not list is simply not classified as standard.
 */
public enum StandardChange {
  STD_APP_RESTART("STD-APP-RESTART", "应用重启"),
  STD_LOG_CLEANUP("STD-LOG-CLEANUP", "日志清理"),
  STD_CERT_RENEWAL("STD-CERT-RENEWAL", "证书更新"),
  STD_CONFIG_PARAM("STD-CONFIG-PARAM", "参数调整");

  private final String code;
  private final String label;

  StandardChange(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }
}
