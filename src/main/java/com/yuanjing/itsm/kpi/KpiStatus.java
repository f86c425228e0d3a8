package com.yuanjing.itsm.kpi;

/** How a KPI value stands against its target, in the words of the requirements. */
public final class KpiStatus {

  public static final String MET = "达标";
  public static final String NOT_MET = "未达标";

  private KpiStatus() {}
}
