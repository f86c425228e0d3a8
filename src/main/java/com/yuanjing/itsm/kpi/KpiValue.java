package com.yuanjing.itsm.kpi;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A KPI's value in one period, against its target, overall and broken down.
 *
 * @param kpi the KPI's id
 * @param unit {@code %} for a rate, {@code 次} for a count
 * @param comparison {@code ≥} (a rate must reach its target) or {@code ≤} (a count must not exceed it)
 * @param target for a rate in percent (95.0), for a count the records allowed in this period
 * @param judgedBy the period the target is set for (月, 季度, 年)
 * @param counted records counted; for availability the agreed service time in seconds
 * @param met those that met the rule; for availability the seconds available; 0 for a count
 * @param value a rate in percent with one decimal, null when nothing was counted; a count
 * @param status 达标 or 未达标; null when there is nothing to judge (no records for a rate, or a count asked for a
 *     period shorter than its target's)
 * @param services per service, where the KPI has services
 * @param customers per customer, summed over the customer's services
 */
public record KpiValue(String kpi, String name, String period, Instant from, Instant to, Kpi.Measure measure,
    String unit, String comparison, BigDecimal target, String judgedBy, long counted, long met, BigDecimal value,
    String status, List<Part> services, List<Part> customers) {

  /**
   * The KPI for one service or customer.
   *
   * @param id the service id or the customer's name; null for records of no service
   */
  public record Part(String id, String name, long counted, long met, BigDecimal value, String status) {}
}
