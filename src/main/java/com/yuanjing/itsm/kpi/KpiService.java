package com.yuanjing.itsm.kpi;

import com.yuanjing.itsm.servicelevel.CatalogueEntry;
import com.yuanjing.itsm.servicelevel.ServiceCatalogue;
import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/**
 * The twelve KPIs for any period: values against targets, breakdowns, trends and the records behind them. The
 * counting is done by each KPI's {@link KpiCalculator} in the database; this service only adds up the tallies
 * and judges them.
 */
@Service
public class KpiService {

  /** The field name and label an unknown service is reported with. */
  public static final String SERVICE_FIELD = "service";
  public static final String SERVICE_LABEL = "服务";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Map<Kpi, KpiCalculator> calculators = new EnumMap<>(Kpi.class);
  private final KpiObjectives objectives;
  private final ServiceCatalogue catalogue;

  public KpiService(List<KpiCalculator> calculators, KpiObjectives objectives, ServiceCatalogue catalogue) {
    calculators.forEach(calculator -> this.calculators.put(calculator.kpi(), calculator));
    this.objectives = objectives;
    this.catalogue = catalogue;
  }

  /** All twelve KPIs of a period, in the order of the requirements. */
  public List<KpiValue> all(ReportingPeriod period) {
    return Arrays.stream(Kpi.values()).map(kpi -> value(kpi, period, null)).toList();
  }

  /**
   * One KPI of a period.
   *
   * @param serviceId only this service's records; null for all
   */
  public KpiValue value(Kpi kpi, ReportingPeriod period, String serviceId) {
    requireKnownService(serviceId);
    List<KpiTally> tallies = calculator(kpi).tallies(period).stream()
        .filter(tally -> serviceId == null || serviceId.equals(tally.serviceId())).toList();
    Judge judge = new Judge(kpi, period);
    long counted = tallies.stream().mapToLong(KpiTally::counted).sum();
    long met = tallies.stream().mapToLong(KpiTally::met).sum();
    List<KpiValue.Part> services = tallies.stream()
        .map(tally -> judge.part(tally.serviceId(), serviceName(tally.serviceId()), tally.counted(), tally.met()))
        .toList();
    Map<String, long[]> perCustomer = new TreeMap<>();
    for (KpiTally tally : tallies) {
      customerOf(tally.serviceId()).ifPresent(customer -> {
        long[] sums = perCustomer.computeIfAbsent(customer, c -> new long[2]);
        sums[0] += tally.counted();
        sums[1] += tally.met();
      });
    }
    List<KpiValue.Part> customers = perCustomer.entrySet().stream()
        .map(entry -> judge.part(entry.getKey(), entry.getKey(), entry.getValue()[0], entry.getValue()[1])).toList();
    KpiValue.Part overall = judge.part(null, null, counted, met);
    return new KpiValue(kpi.id(), kpi.chineseName(), period.label(), period.start(), period.end(), kpi.measure(),
        kpi.measure() == Kpi.Measure.RATE ? "%" : "次", kpi.measure() == Kpi.Measure.RATE ? "≥" : "≤",
        judge.target, objectives.of(kpi).period().chineseName(), counted, met, overall.value(), overall.status(),
        services, customers);
  }

  /** The value of the last periods of the same type, the oldest first and {@code period} last. */
  public List<KpiValue> trend(Kpi kpi, ReportingPeriod period, String serviceId) {
    List<KpiValue> trend = new ArrayList<>();
    ReportingPeriod each = period;
    for (int i = 0; i < objectives.trendLength(); i++) {
      trend.add(0, value(kpi, each, serviceId));
      each = each.previous();
    }
    return trend;
  }

  /** The records a KPI counted in a period, so its value can be reproduced by hand. */
  public List<KpiRecord> records(Kpi kpi, ReportingPeriod period, String serviceId) {
    requireKnownService(serviceId);
    return calculator(kpi).records(period, serviceId);
  }

  /** The facts of a KPI's records, in display order. */
  public List<KpiColumn> columns(Kpi kpi) {
    return calculator(kpi).columns();
  }

  private KpiCalculator calculator(Kpi kpi) {
    KpiCalculator calculator = calculators.get(kpi);
    if (calculator == null) {
      throw new IllegalStateException("No calculator for " + kpi);
    }
    return calculator;
  }

  /** The period a KPI is judged by that contains {@code instant}: the current one for now. */
  public ReportingPeriod periodOf(Kpi kpi, Instant instant) {
    return ReportingPeriod.containing(instant, objectives.of(kpi).period());
  }

  /** The name of a service as the catalogue has it, the id for a service it does not know. */
  public String serviceName(String serviceId) {
    if (serviceId == null) {
      return null;
    }
    return catalogue.find(serviceId).map(entry -> entry.service().name()).orElse(serviceId);
  }

  private Optional<String> customerOf(String serviceId) {
    return serviceId == null ? Optional.empty()
        : catalogue.find(serviceId).map(CatalogueEntry::service).map(service -> service.customer());
  }

  private void requireKnownService(String serviceId) {
    if (serviceId != null && catalogue.find(serviceId).isEmpty()) {
      throw new InvalidInputException("服务有误", List.of(new FieldError(SERVICE_FIELD, SERVICE_LABEL,
          "“" + serviceId + "”不在服务目录中")));
    }
  }

  /** Values and statuses of one KPI in one period. */
  private final class Judge {

    private final Kpi kpi;
    private final BigDecimal target;
    private final boolean judged;

    Judge(Kpi kpi, ReportingPeriod period) {
      this.kpi = kpi;
      KpiObjectives.Objective objective = objectives.of(kpi);
      if (kpi.measure() == Kpi.Measure.RATE) {
        target = BigDecimal.valueOf(objective.target()).multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP);
        judged = true;
      } else {
        target = BigDecimal.valueOf(CountTargets.of(objectives, kpi, period));
        judged = period.type().months() >= objective.period().months();
      }
    }

    KpiValue.Part part(String id, String name, long counted, long met) {
      if (kpi.measure() == Kpi.Measure.COUNT) {
        BigDecimal value = BigDecimal.valueOf(counted);
        return new KpiValue.Part(id, name, counted, met, value, judged ? status(value.compareTo(target) <= 0) : null);
      }
      if (counted == 0) {
        return new KpiValue.Part(id, name, counted, met, null, null);
      }
      // Judged on the exact share, shown with one decimal: 94.96% is below 95% even though it shows as 95.0.
      BigDecimal exact = BigDecimal.valueOf(met).multiply(HUNDRED).divide(BigDecimal.valueOf(counted), 10,
          RoundingMode.HALF_UP);
      return new KpiValue.Part(id, name, counted, met, exact.setScale(1, RoundingMode.HALF_UP),
          status(exact.compareTo(target) >= 0));
    }

    private String status(boolean met) {
      return met ? KpiStatus.MET : KpiStatus.NOT_MET;
    }
  }
}
