package com.yuanjing.itsm.servicelevel;

import static com.yuanjing.itsm.incident.IncidentProcess.Variables.*;

import com.yuanjing.itsm.incident.IncidentProcess;
import com.yuanjing.itsm.kpi.ReportingPeriod;
import com.yuanjing.itsm.sla.BusinessCalendarProperties;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * SLA attainment (SLA达成率) = incidents that met their service level / all incidents counted, per service and
 * overall. An incident met its service level when it was responded to on time and resolved on time
 * ({@code respondedAt <= responseDueAt} and {@code resolvedAt <= resolutionDueAt}, final values; the due
 * dates already include paused time). A period counts the incidents closed in it ({@code closedAt} in the
 * business calendar's zone), except those closed as withdrawn or duplicate; open incidents count in the
 * period they close in. The database does the counting over the engine's history (docs/service-level-management.md).
 */
@Service
public class SlaAttainmentService {

  /**
   * Closure codes (of the incident's close form) of reports that were not service events: they count
   * nowhere. The incident package names its closure codes only in its form's choices.
   */
  static final List<String> NOT_COUNTED = List.of("WITHDRAWN", "DUPLICATE");

  // Process-level variables (EXECUTION_ID_ = PROC_INST_ID_), their final values; dates are epoch milliseconds.
  private static final String COUNT_BY_SERVICE = """
      SELECT sid.TEXT_ AS service_id, COUNT(*) AS incidents,
             SUM(CASE WHEN rsp.LONG_ <= rspdue.LONG_ AND res.LONG_ <= resdue.LONG_ THEN 1 ELSE 0 END) AS met
        FROM ACT_HI_PROCINST p
        JOIN ACT_HI_VARINST closed ON closed.PROC_INST_ID_ = p.PROC_INST_ID_
             AND closed.EXECUTION_ID_ = p.PROC_INST_ID_ AND closed.NAME_ = '%s' AND closed.STATE_ = 'CREATED'
        JOIN ACT_HI_VARINST sid ON sid.PROC_INST_ID_ = p.PROC_INST_ID_
             AND sid.EXECUTION_ID_ = p.PROC_INST_ID_ AND sid.NAME_ = '%s' AND sid.STATE_ = 'CREATED'
        LEFT JOIN ACT_HI_VARINST code ON code.PROC_INST_ID_ = p.PROC_INST_ID_
             AND code.EXECUTION_ID_ = p.PROC_INST_ID_ AND code.NAME_ = '%s' AND code.STATE_ = 'CREATED'
        LEFT JOIN ACT_HI_VARINST rsp ON rsp.PROC_INST_ID_ = p.PROC_INST_ID_
             AND rsp.EXECUTION_ID_ = p.PROC_INST_ID_ AND rsp.NAME_ = '%s' AND rsp.STATE_ = 'CREATED'
        LEFT JOIN ACT_HI_VARINST rspdue ON rspdue.PROC_INST_ID_ = p.PROC_INST_ID_
             AND rspdue.EXECUTION_ID_ = p.PROC_INST_ID_ AND rspdue.NAME_ = '%s' AND rspdue.STATE_ = 'CREATED'
        LEFT JOIN ACT_HI_VARINST res ON res.PROC_INST_ID_ = p.PROC_INST_ID_
             AND res.EXECUTION_ID_ = p.PROC_INST_ID_ AND res.NAME_ = '%s' AND res.STATE_ = 'CREATED'
        LEFT JOIN ACT_HI_VARINST resdue ON resdue.PROC_INST_ID_ = p.PROC_INST_ID_
             AND resdue.EXECUTION_ID_ = p.PROC_INST_ID_ AND resdue.NAME_ = '%s' AND resdue.STATE_ = 'CREATED'
       WHERE p.PROC_DEF_KEY_ = ? AND closed.LONG_ >= ? AND closed.LONG_ < ?
         AND (code.TEXT_ IS NULL OR code.TEXT_ NOT IN (%s))
      """.formatted(CLOSED_AT, SERVICE_ID, CLOSURE_CODE, RESPONDED_AT, RESPONSE_DUE_AT, RESOLVED_AT, RESOLUTION_DUE_AT,
      String.join(", ", Collections.nCopies(NOT_COUNTED.size(), "?")));

  private final JdbcTemplate jdbc;
  private final ServiceCatalogue catalogue;
  private final ZoneId zone;
  private final double target;

  public SlaAttainmentService(JdbcTemplate jdbc, ServiceCatalogue catalogue, BusinessCalendarProperties calendar,
      ServiceLevelProperties properties) {
    this.jdbc = jdbc;
    this.catalogue = catalogue;
    this.zone = calendar.zone();
    this.target = properties.attainmentTarget();
  }

  /**
   * The attainment of a period per service and overall.
   *
   * @param serviceId only this service (its row and the overall figures are the same then); null for all
   */
  public SlaAttainmentReport attainment(ReportingPeriod period, String serviceId) {
    List<Object> arguments = new ArrayList<>(List.of(IncidentProcess.KEY, period.start().toEpochMilli(),
        period.end().toEpochMilli()));
    arguments.addAll(NOT_COUNTED);
    String sql = COUNT_BY_SERVICE;
    if (serviceId != null) {
      sql += " AND sid.TEXT_ = ?";
      arguments.add(serviceId);
    }
    Map<String, long[]> counts = new TreeMap<>();
    jdbc.query(sql + " GROUP BY sid.TEXT_", rs -> {
      counts.put(rs.getString("service_id"), new long[] {rs.getLong("incidents"), rs.getLong("met")});
    }, arguments.toArray());
    if (serviceId == null) {
      catalogue.published().forEach(service -> counts.putIfAbsent(service.id(), new long[2]));
    } else {
      counts.putIfAbsent(serviceId, new long[2]);
    }
    List<ServiceAttainment> services = new ArrayList<>();
    long incidents = 0;
    long met = 0;
    for (Map.Entry<String, long[]> count : counts.entrySet()) {
      String name = catalogue.find(count.getKey()).map(entry -> entry.service().name()).orElse(count.getKey());
      services.add(ServiceAttainment.of(count.getKey(), name, count.getValue()[0], count.getValue()[1], target));
      incidents += count.getValue()[0];
      met += count.getValue()[1];
    }
    return new SlaAttainmentReport(period.label(), period.start(), period.end(), target, services,
        ServiceAttainment.of(null, "全部服务", incidents, met, target));
  }

  public ZoneId zone() {
    return zone;
  }
}
