package com.yuanjing.itsm.availability;

import com.yuanjing.itsm.kpi.KpiStatus;
import com.yuanjing.itsm.kpi.ReportingPeriod;
import com.yuanjing.itsm.servicelevel.ItService;
import com.yuanjing.itsm.servicelevel.ServiceDirectory;
import com.yuanjing.itsm.sla.BusinessCalendar;
import java.math.BigDecimal;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The KPIs 关键服务可用率 and 服务中断事件数量 of every published key service for a reporting period, from the
 * outage records (definitions in {@link AvailabilityCalculator} and docs/availability-management.md).
 * Targets: {@code itsm.availability.target}, 0.99 by default; {@code itsm.availability.outage-target}, at most 1
 * outage of the key services per month by default (a quarter allows 3, a year 12).
 */
@Service
public class AvailabilityReport {

  /**
   * The figures of one key service.
   *
   * @param serviceHours the agreed service time, ALWAYS (7×24) or BUSINESS_HOURS
   * @param availability rounded to four decimals; null when the period holds no agreed service time
   * @param status {@link KpiStatus} 达标 or 未达标 (an exact comparison with the target); null without availability
   */
  public record ServiceAvailability(String serviceId, String serviceName, String serviceHours, long agreedSeconds,
      long unavailableSeconds, BigDecimal availability, int outageCount, String status) {}

  /**
   * The figures of every key service.
   *
   * @param outageCount 服务中断事件数量 of the period: the outages of all key services that began in it and were
   *     not wholly confirmed planned maintenance (the sum of the services' counts; a report that joined an
   *     ongoing outage is not an outage of its own)
   * @param outageTarget the most outages the period may have: {@code itsm.availability.outage-target} per month
   * @param outageStatus {@link KpiStatus} 达标 when {@code outageCount} ≤ {@code outageTarget}, else 未达标
   */
  public record Report(String period, BigDecimal target, int outageCount, int outageTarget, String outageStatus,
      List<ServiceAvailability> services) {}

  private final OutageRecords outages;
  private final ServiceDirectory services;
  private final AvailabilityCalculator calculator;
  private final BigDecimal target;
  private final int outageTargetPerMonth;

  public AvailabilityReport(OutageRecords outages, ServiceDirectory services, BusinessCalendar calendar,
      @Value("${itsm.availability.target:0.99}") BigDecimal target,
      @Value("${itsm.availability.outage-target:1}") int outageTargetPerMonth) {
    if (target.signum() <= 0 || target.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("itsm.availability.target must be in (0, 1]: " + target);
    }
    if (outageTargetPerMonth < 0) {
      throw new IllegalArgumentException("itsm.availability.outage-target must not be negative: " + outageTargetPerMonth);
    }
    this.outageTargetPerMonth = outageTargetPerMonth;
    this.outages = outages;
    this.services = services;
    this.calculator = new AvailabilityCalculator(calendar);
    this.target = target;
  }

  public Report of(ReportingPeriod period) {
    List<ServiceAvailability> figures = services.all().stream().filter(ItService::keyService)
        .map(service -> of(service, period)).toList();
    int count = figures.stream().mapToInt(ServiceAvailability::outageCount).sum();
    int outageTarget = outageTarget(period);
    return new Report(period.label(), target, count, outageTarget,
        count <= outageTarget ? KpiStatus.MET : KpiStatus.NOT_MET, figures);
  }

  /** The target per month times the months of the period (1, 3 or 12). */
  int outageTarget(ReportingPeriod period) {
    long months = java.time.temporal.ChronoUnit.MONTHS.between(
        period.start().atZone(ReportingPeriod.ZONE).toLocalDate(), period.end().atZone(ReportingPeriod.ZONE).toLocalDate());
    return (int) Math.max(1, months) * outageTargetPerMonth;
  }

  private ServiceAvailability of(ItService service, ReportingPeriod period) {
    AvailabilityCalculator.Figures figures = calculator.calculate(service.serviceHours(), period.start(),
        period.end(), outages.overlapping(service.id(), period.start(), period.end()).stream()
            .map(Outage::interval).toList(), ClockUtil.getCurrentTime().toInstant());
    Boolean met = figures.meets(target);
    return new ServiceAvailability(service.id(), service.name(), service.serviceHours().name(),
        figures.agreedTime().toSeconds(), figures.unavailableTime().toSeconds(), figures.availability(),
        figures.outageCount(), met == null ? null : met ? KpiStatus.MET : KpiStatus.NOT_MET);
  }
}
