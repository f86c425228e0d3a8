package com.yuanjing.itsm.kpi;

import com.yuanjing.itsm.identity.ItsmGroup;
import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.InvalidInputException;
import java.util.Arrays;
import java.util.List;

/**
 * The twelve KPIs of the requirements (section 2), in their order. Targets and the periods they are judged by
 * are configuration ({@link KpiObjectives}); how each is counted is in docs/kpis.md and its {@link KpiCalculator}.
 */
public enum Kpi {
  SLA_ATTAINMENT("sla-attainment", "SLA达成率", Measure.RATE, ItsmGroup.QUALITY),
  REPORT_ON_TIME("report-on-time", "服务报告提交及时率", Measure.RATE, ItsmGroup.QUALITY),
  INCIDENT_RESPONSE("incident-response", "事件响应及时率", Measure.RATE, ItsmGroup.OPS_MANAGERS),
  INCIDENT_RESOLUTION("incident-resolution", "事件按时解决率", Measure.RATE, ItsmGroup.OPS_MANAGERS),
  PROBLEM_RESOLUTION("problem-resolution", "问题解决率", Measure.RATE, ItsmGroup.OPS_MANAGERS),
  CHANGE_SUCCESS("change-success", "变更成功率", Measure.RATE, ItsmGroup.OPS_MANAGERS),
  RELEASE_SUCCESS("release-success", "发布成功率", Measure.RATE, ItsmGroup.OPS_MANAGERS),
  CONFIGURATION_ACCURACY("configuration-accuracy", "配置准确率", Measure.RATE, ItsmGroup.OPS_MANAGERS),
  AVAILABILITY("availability", "关键服务可用率", Measure.RATE, ItsmGroup.OPS_MANAGERS),
  OUTAGES("outages", "服务中断事件数量", Measure.COUNT, ItsmGroup.OPS_MANAGERS),
  CAPACITY_INCIDENTS("capacity-incidents", "容量事件次数", Measure.COUNT, ItsmGroup.OPS_MANAGERS),
  INFORMATION_LEAKS("information-leaks", "信息泄露次数", Measure.COUNT, ItsmGroup.OPS_MANAGERS);

  /** The field name and label an unknown KPI is reported with. */
  public static final String FIELD = "kpi";
  public static final String LABEL = "指标";

  /**
   * A rate is met / counted as a percentage and must reach its target; a count is the number of records
   * counted and must not exceed its target.
   */
  public enum Measure {
    RATE,
    COUNT
  }

  private final String id;
  private final String chineseName;
  private final Measure measure;
  private final ItsmGroup owner;

  Kpi(String id, String chineseName, Measure measure, ItsmGroup owner) {
    this.id = id;
    this.chineseName = chineseName;
    this.measure = measure;
    this.owner = owner;
  }

  /** The id in URLs, configuration and metrics, e.g. {@code incident-response}. */
  public String id() {
    return id;
  }

  public String chineseName() {
    return chineseName;
  }

  public Measure measure() {
    return measure;
  }

  /** The process owner who plans an improvement when a period closes below target (ISO/IEC 20000 8.3.3). */
  public ItsmGroup owner() {
    return owner;
  }

  /** The KPI with this id; an unknown id is refused naming 指标 and the known ids. */
  public static Kpi fromId(String id) {
    return Arrays.stream(values()).filter(kpi -> kpi.id.equals(id)).findFirst()
        .orElseThrow(() -> new InvalidInputException("指标有误", List.of(new FieldError(FIELD, LABEL,
            "“" + id + "”不是已定义的指标，应为 " + String.join("、", Arrays.stream(values()).map(Kpi::id).toList())))));
  }
}
