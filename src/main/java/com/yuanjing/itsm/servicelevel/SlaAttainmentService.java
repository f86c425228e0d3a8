package com.yuanjing.itsm.servicelevel;

import com.yuanjing.itsm.kpi.ClosedIncidents;
import com.yuanjing.itsm.kpi.Kpi;
import com.yuanjing.itsm.kpi.KpiObjectives;
import com.yuanjing.itsm.kpi.ReportingPeriod;
import com.yuanjing.itsm.sla.BusinessCalendarProperties;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/**
 * SLA attainment (SLA达成率) = incidents that met their service level / all incidents counted, per service and
 * overall, as the KPI {@link Kpi#SLA_ATTAINMENT} counts them ({@link ClosedIncidents}): responded to on time and
 * resolved on time, final values, of the incidents closed in the period except those closed as withdrawn or
 * duplicate. The target is the KPI's ({@code itsm.kpi.objectives.sla-attainment.target}); this report adds the
 * published services without incidents and the review's wording (docs/service-level-management.md).
 */
@Service
public class SlaAttainmentService {

  private final ClosedIncidents incidents;
  private final ServiceCatalogue catalogue;
  private final ZoneId zone;
  private final double target;

  public SlaAttainmentService(ClosedIncidents incidents, ServiceCatalogue catalogue,
      BusinessCalendarProperties calendar, KpiObjectives objectives) {
    this.incidents = incidents;
    this.catalogue = catalogue;
    this.zone = calendar.zone();
    this.target = objectives.of(Kpi.SLA_ATTAINMENT).target();
  }

  /**
   * The attainment of a period per service and overall.
   *
   * @param serviceId only this service (its row and the overall figures are the same then); null for all
   */
  public SlaAttainmentReport attainment(ReportingPeriod period, String serviceId) {
    // incidents name their service when reported; an incident without one would be listed last
    Map<String, long[]> counts = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
    incidents.tallies(period, ClosedIncidents.Rule.SERVICE_LEVEL).stream()
        .filter(tally -> serviceId == null || serviceId.equals(tally.serviceId()))
        .forEach(tally -> counts.put(tally.serviceId(), new long[] {tally.counted(), tally.met()}));
    if (serviceId == null) {
      catalogue.published().forEach(service -> counts.putIfAbsent(service.id(), new long[2]));
    } else {
      counts.putIfAbsent(serviceId, new long[2]);
    }
    List<ServiceAttainment> services = new ArrayList<>();
    long counted = 0;
    long met = 0;
    for (Map.Entry<String, long[]> count : counts.entrySet()) {
      String name = catalogue.find(count.getKey()).map(entry -> entry.service().name()).orElse(count.getKey());
      services.add(ServiceAttainment.of(count.getKey(), name, count.getValue()[0], count.getValue()[1], target));
      counted += count.getValue()[0];
      met += count.getValue()[1];
    }
    return new SlaAttainmentReport(period.label(), period.start(), period.end(), target, services,
        ServiceAttainment.of(null, "全部服务", counted, met, target));
  }

  public ZoneId zone() {
    return zone;
  }
}
