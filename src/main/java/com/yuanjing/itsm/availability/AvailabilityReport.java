package com.yuanjing.itsm.availability;

import com.yuanjing.itsm.kpi.CountTargets;
import com.yuanjing.itsm.kpi.Kpi;
import com.yuanjing.itsm.kpi.KpiColumn;
import com.yuanjing.itsm.kpi.KpiFacts;
import com.yuanjing.itsm.kpi.KpiObjectives;
import com.yuanjing.itsm.kpi.KpiRecord;
import com.yuanjing.itsm.kpi.KpiSource;
import com.yuanjing.itsm.kpi.KpiStatus;
import com.yuanjing.itsm.kpi.KpiTally;
import com.yuanjing.itsm.kpi.ReportingPeriod;
import com.yuanjing.itsm.servicelevel.ItService;
import com.yuanjing.itsm.servicelevel.ServiceDirectory;
import com.yuanjing.itsm.sla.BusinessCalendar;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

/**
 * The KPIs 关键服务可用率 and 服务中断事件数量 of every published key service for a reporting period, from the
 * outage records (definitions in {@link AvailabilityCalculator} and docs/availability-management.md), for
 * {@code GET /api/availability} and, as {@link #availability()} and {@link #outages()}, for the KPI module.
 * Targets: {@code itsm.kpi.objectives.availability.target} and {@code itsm.kpi.objectives.outages.target} (the
 * most outages of the key services in the objective's period; a longer period allows as many per period it spans).
 */
@Service
public class AvailabilityReport {

  static final String STARTED_AT = "startedAt";
  static final String ENDED_AT = "endedAt";
  static final String UNAVAILABLE_MINUTES = "unavailableMinutes";
  static final String CAUSE = "cause";
  static final String PLANNED = "planned";
  static final String PLANNED_FROM = "plannedFrom";
  static final String PLANNED_TO = "plannedTo";
  static final String SOURCE = "source";
  static final String SOURCE_KEY = "sourceKey";
  private static final List<KpiColumn> OUTAGE_COLUMNS = List.of(new KpiColumn(STARTED_AT, "中断开始时间"),
      new KpiColumn(ENDED_AT, "恢复时间"), new KpiColumn(CAUSE, "中断原因"), new KpiColumn(PLANNED, "登记为计划内维护"),
      new KpiColumn(PLANNED_FROM, "确认维护开始"), new KpiColumn(PLANNED_TO, "确认维护结束"),
      new KpiColumn(SOURCE, "来源"), new KpiColumn(SOURCE_KEY, "来源编号"));
  /** The outage's facts and, last, the unavailable time it added to the period. */
  private static final List<KpiColumn> AVAILABILITY_COLUMNS = Stream.concat(OUTAGE_COLUMNS.stream(),
      Stream.of(new KpiColumn(UNAVAILABLE_MINUTES, "本期不可用时长(分钟)"))).toList();

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
   * @param outageTarget the most outages the period may have
   * @param outageStatus {@link KpiStatus} 达标 when {@code outageCount} ≤ {@code outageTarget}, else 未达标
   */
  public record Report(String period, BigDecimal target, int outageCount, int outageTarget, String outageStatus,
      List<ServiceAvailability> services) {}

  private final OutageRecords outages;
  private final ServiceDirectory services;
  private final AvailabilityCalculator calculator;
  private final HistoryService historyService;
  private final KpiObjectives objectives;
  private final BigDecimal target;

  public AvailabilityReport(OutageRecords outages, ServiceDirectory services, BusinessCalendar calendar,
      HistoryService historyService, KpiObjectives objectives) {
    this.outages = outages;
    this.services = services;
    this.calculator = new AvailabilityCalculator(calendar);
    this.historyService = historyService;
    this.objectives = objectives;
    this.target = BigDecimal.valueOf(objectives.of(Kpi.AVAILABILITY).target());
  }

  public Report of(ReportingPeriod period) {
    List<ServiceAvailability> figures = keyServices(null).stream().map(service -> of(service, period)).toList();
    int count = figures.stream().mapToInt(ServiceAvailability::outageCount).sum();
    int outageTarget = (int) CountTargets.of(objectives, Kpi.OUTAGES, period);
    return new Report(period.label(), target, count, outageTarget,
        count <= outageTarget ? KpiStatus.MET : KpiStatus.NOT_MET, figures);
  }

  /**
   * 关键服务可用率 for the KPI module: per key service the agreed service seconds of the period (counted) and the
   * available ones (met); the records are the outages that made time unavailable, with the minutes each added.
   */
  public KpiSource availability() {
    return new KpiSource() {
      @Override
      public List<KpiTally> tallies(ReportingPeriod period) {
        return of(period).services().stream().map(service -> new KpiTally(service.serviceId(),
            service.agreedSeconds(), service.agreedSeconds() - service.unavailableSeconds())).toList();
      }

      @Override
      public List<KpiRecord> records(ReportingPeriod period, String serviceId) {
        Instant now = now();
        return outageRecords(period, serviceId, (service, serviceOutages) -> {
          List<Duration> unavailable = calculator.unavailablePerOutage(service.serviceHours(), period.start(),
              period.end(), serviceOutages.stream().map(Outage::interval).toList(), now);
          Map<Outage, Long> minutes = new LinkedHashMap<>();
          for (int i = 0; i < serviceOutages.size(); i++) {
            if (!unavailable.get(i).isZero()) {
              minutes.put(serviceOutages.get(i), unavailable.get(i).toMinutes());
            }
          }
          return minutes;
        });
      }

      @Override
      public List<KpiColumn> columns() {
        return AVAILABILITY_COLUMNS;
      }
    };
  }

  /** 服务中断事件数量 for the KPI module: per key service the outages counted; the records are those outages. */
  public KpiSource outages() {
    return new KpiSource() {
      @Override
      public List<KpiTally> tallies(ReportingPeriod period) {
        return of(period).services().stream()
            .map(service -> new KpiTally(service.serviceId(), service.outageCount(), 0)).toList();
      }

      @Override
      public List<KpiRecord> records(ReportingPeriod period, String serviceId) {
        Instant now = now();
        return outageRecords(period, serviceId, (service, serviceOutages) -> {
          Map<Outage, Long> counted = new LinkedHashMap<>();
          serviceOutages.stream().filter(outage -> outage.interval().interrupts(period.start(), period.end(), now))
              .forEach(outage -> counted.put(outage, null));
          return counted;
        });
      }

      @Override
      public List<KpiColumn> columns() {
        return OUTAGE_COLUMNS;
      }
    };
  }

  /**
   * Which of a service's outages overlapping the period a KPI lists, each with the unavailable minutes it added
   * (availability) or null (the outage count, which lists no minutes).
   */
  private interface Selection {
    Map<Outage, Long> select(ItService service, List<Outage> outages);
  }

  /** The selected outages of the key services (or of one), by start and key, each as a record it counted. */
  private List<KpiRecord> outageRecords(ReportingPeriod period, String serviceId, Selection selection) {
    Map<Outage, Long> selected = new LinkedHashMap<>();
    for (ItService service : keyServices(serviceId)) {
      selected.putAll(selection.select(service, outages.overlapping(service.id(), period.start(), period.end())));
    }
    Map<String, String> instances = processInstances(selected.keySet().stream().map(Outage::outageKey)
        .filter(Objects::nonNull).toList());
    List<KpiRecord> records = new ArrayList<>();
    selected.forEach((outage, minutes) -> {
      Map<String, Object> facts = new LinkedHashMap<>();
      facts.put(STARTED_AT, outage.startedAt());
      facts.put(ENDED_AT, outage.endedAt());
      facts.put(CAUSE, outage.cause());
      facts.put(PLANNED, KpiFacts.yesNo(outage.planned()));
      facts.put(PLANNED_FROM, outage.plannedFrom());
      facts.put(PLANNED_TO, outage.plannedTo());
      facts.put(SOURCE, outage.source().label());
      facts.put(SOURCE_KEY, outage.sourceKey());
      if (minutes != null) {
        facts.put(UNAVAILABLE_MINUTES, minutes);
      }
      records.add(new KpiRecord(outage.outageKey(), instances.get(outage.outageKey()), outage.serviceId(), facts,
          false));
    });
    records.sort(Comparator.comparing((KpiRecord record) -> (Instant) record.facts().get(STARTED_AT))
        .thenComparing(KpiRecord::businessKey, Comparator.nullsLast(Comparator.naturalOrder())));
    return records;
  }

  /** The availability management processes that recorded these outages, by business key. */
  private Map<String, String> processInstances(List<String> outageKeys) {
    if (outageKeys.isEmpty()) {
      return Map.of();
    }
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(AvailabilityProcess.KEY)
        .processInstanceBusinessKeyIn(outageKeys.toArray(String[]::new)).list().stream()
        .collect(Collectors.toMap(HistoricProcessInstance::getBusinessKey, HistoricProcessInstance::getId));
  }

  /** The published key services, or the one asked for if it is one. */
  private List<ItService> keyServices(String serviceId) {
    return services.all().stream().filter(ItService::keyService)
        .filter(service -> serviceId == null || service.id().equals(serviceId)).toList();
  }

  private ServiceAvailability of(ItService service, ReportingPeriod period) {
    AvailabilityCalculator.Figures figures = calculator.calculate(service.serviceHours(), period.start(),
        period.end(), outages.overlapping(service.id(), period.start(), period.end()).stream()
            .map(Outage::interval).toList(), now());
    Boolean met = figures.meets(target);
    return new ServiceAvailability(service.id(), service.name(), service.serviceHours().name(),
        figures.agreedTime().toSeconds(), figures.unavailableTime().toSeconds(), figures.availability(),
        figures.outageCount(), met == null ? null : met ? KpiStatus.MET : KpiStatus.NOT_MET);
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
