package com.yuanjing.itsm.kpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The layout of the exported KPI report: the summary of a period and the records behind each value. */
public final class KpiTables {

  static final String SUMMARY_TITLE = "汇总";
  static final List<String> SUMMARY_HEADINGS = List.of("指标", "服务", "统计周期", "目标", "实际值", "统计数", "达标数", "状态");
  /** The service column of a KPI's overall row. */
  static final String ALL_SERVICES = "全部";
  /** The service column of records that belong to no service, e.g. information leaks. */
  static final String NO_SERVICE = "无";
  /** The result of a record a count KPI counted: it adds one to the count, it does not meet or miss a rule. */
  static final String COUNTED = "计入";

  private KpiTables() {}

  /** One row per KPI for all its services, each followed by a row per service. */
  public static KpiTable summary(List<KpiValue> values) {
    List<List<Object>> rows = new ArrayList<>();
    for (KpiValue value : values) {
      rows.add(summaryRow(value, ALL_SERVICES, value.counted(), value.met(), value.value(), value.status()));
      for (KpiValue.Part service : value.services()) {
        rows.add(summaryRow(value, service.id() == null ? NO_SERVICE : service.name(), service.counted(),
            service.met(), service.value(), service.status()));
      }
    }
    return new KpiTable(SUMMARY_TITLE, SUMMARY_HEADINGS, rows);
  }

  /**
   * The records a KPI counted, one row each: its keys, its facts in the order of {@code columns} and its result.
   *
   * @param serviceName the name of a service id as the catalogue has it
   */
  public static KpiTable records(Kpi kpi, List<KpiColumn> columns, List<KpiRecord> records,
      UnaryOperator<String> serviceName) {
    List<String> headings = new ArrayList<>(List.of("业务编号", "流程实例", "服务"));
    columns.forEach(column -> headings.add(column.label()));
    headings.add("结果");
    List<List<Object>> rows = new ArrayList<>();
    for (KpiRecord record : records) {
      List<Object> row = new ArrayList<>();
      row.add(record.businessKey());
      row.add(record.processInstanceId());
      row.add(record.serviceId() == null ? NO_SERVICE : serviceName.apply(record.serviceId()));
      columns.forEach(column -> row.add(cell(record.facts().get(column.key()))));
      row.add(kpi.measure() == Kpi.Measure.COUNT ? COUNTED : record.met() ? KpiStatus.MET : KpiStatus.NOT_MET);
      rows.add(row);
    }
    return new KpiTable(kpi.chineseName(), headings, rows);
  }

  private static List<Object> summaryRow(KpiValue value, String service, long counted, long met, BigDecimal actual,
      String status) {
    String target = value.comparison() + " " + withUnit(value.target(), value.unit());
    List<Object> row = new ArrayList<>();
    row.add(value.name());
    row.add(service);
    row.add(value.period());
    row.add(target);
    row.add(actual == null ? null : withUnit(actual, value.unit()));
    row.add(counted);
    row.add(met);
    row.add(status);
    return row;
  }

  private static String withUnit(BigDecimal amount, String unit) {
    return amount.toPlainString() + unit;
  }

  /** Facts are times, numbers and text; a yes-or-no fact reads as 是 or 否. */
  private static Object cell(Object fact) {
    return fact instanceof Boolean yes ? (yes ? "是" : "否") : fact;
  }
}
