package com.yuanjing.itsm.servicelevel;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The SLA attainment of a period: per service and overall, against the target.
 *
 * @param from first instant of the period
 * @param to first instant after the period
 * @param services every published service and every other service with incidents in the period, by id
 */
public record SlaAttainmentReport(String period, Instant from, Instant to, double target,
    List<ServiceAttainment> services, ServiceAttainment overall) {

  /** The services below the target, by id. */
  public List<ServiceAttainment> belowTarget() {
    return services.stream().filter(ServiceAttainment::belowTarget).toList();
  }

  /** The figures in Chinese, one line per service, for the review form. */
  public String describe() {
    StringBuilder text = new StringBuilder(period + " SLA达成率（目标 " + percent(target) + "）\n");
    for (ServiceAttainment service : services) {
      text.append(line(service.serviceName() + "（" + service.serviceId() + "）", service)).append('\n');
    }
    return text.append(line("全部服务", overall)).toString();
  }

  private static String line(String name, ServiceAttainment figures) {
    if (figures.attainment() == null) {
      return name + "：无事件";
    }
    return name + "：" + percent(figures.attainment()) + "（达标 " + figures.met() + " / 共 " + figures.incidents()
        + " 起）" + (figures.belowTarget() ? "，未达标" : "");
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }
}
