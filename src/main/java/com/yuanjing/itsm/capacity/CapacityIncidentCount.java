package com.yuanjing.itsm.capacity;

import static com.yuanjing.itsm.incident.IncidentProcess.Variables.*;

import com.yuanjing.itsm.incident.IncidentCategory;
import com.yuanjing.itsm.incident.IncidentProcess;
import com.yuanjing.itsm.kpi.KpiStatus;
import com.yuanjing.itsm.kpi.ReportingPeriod;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The KPI 容量事件次数 (capacity incidents per quarter, target ≤ {@link CapacityProperties#incidentTarget()}): the
 * incidents whose final category is {@code CAPACITY}, counted in the period they were reported in
 * ({@code reportedAt} in Beijing time), open or closed, except those closed as withdrawn or duplicate. It does
 * not matter how an incident came in (a capacity case, the service desk, another system). The database does
 * the counting over the engine's history (docs/capacity-management.md).
 */
@Service
public class CapacityIncidentCount {

  /** Closure codes of reports that were no service events; they count nowhere (as for SLA attainment). */
  static final List<String> NOT_COUNTED = List.of("WITHDRAWN", "DUPLICATE");

  // Process-level variables (EXECUTION_ID_ = PROC_INST_ID_), their final values; dates are epoch milliseconds.
  private static final String CAPACITY_INCIDENTS = """
      SELECT p.BUSINESS_KEY_ AS incident_key
        FROM ACT_HI_PROCINST p
        JOIN ACT_HI_VARINST reported ON reported.PROC_INST_ID_ = p.PROC_INST_ID_
             AND reported.EXECUTION_ID_ = p.PROC_INST_ID_ AND reported.NAME_ = '%s' AND reported.STATE_ = 'CREATED'
        JOIN ACT_HI_VARINST cat ON cat.PROC_INST_ID_ = p.PROC_INST_ID_
             AND cat.EXECUTION_ID_ = p.PROC_INST_ID_ AND cat.NAME_ = '%s' AND cat.STATE_ = 'CREATED'
        LEFT JOIN ACT_HI_VARINST code ON code.PROC_INST_ID_ = p.PROC_INST_ID_
             AND code.EXECUTION_ID_ = p.PROC_INST_ID_ AND code.NAME_ = '%s' AND code.STATE_ = 'CREATED'
       WHERE p.PROC_DEF_KEY_ = ? AND cat.TEXT_ = ? AND reported.LONG_ >= ? AND reported.LONG_ < ?
         AND (code.TEXT_ IS NULL OR code.TEXT_ NOT IN (%s))
       ORDER BY reported.LONG_, p.BUSINESS_KEY_
      """.formatted(REPORTED_AT, CATEGORY, CLOSURE_CODE, String.join(", ", Collections.nCopies(NOT_COUNTED.size(), "?")));

  private final JdbcTemplate jdbc;
  private final int target;

  public CapacityIncidentCount(JdbcTemplate jdbc, CapacityProperties properties) {
    this.jdbc = jdbc;
    this.target = properties.incidentTarget();
  }

  /** The capacity incidents of a period, with the count against the target. */
  public Report of(ReportingPeriod period) {
    List<Object> arguments = new ArrayList<>(List.of(IncidentProcess.KEY, IncidentCategory.CAPACITY.name(),
        period.start().toEpochMilli(), period.end().toEpochMilli()));
    arguments.addAll(NOT_COUNTED);
    List<String> keys = jdbc.queryForList(CAPACITY_INCIDENTS, String.class, arguments.toArray());
    return new Report(period.label(), period.start(), period.end(), keys.size(), target,
        keys.size() <= target ? KpiStatus.MET : KpiStatus.NOT_MET, keys);
  }

  /**
   * 容量事件次数 of a period.
   *
   * @param target the most capacity incidents the period may have
   * @param status 达标 or 未达标
   * @param incidentKeys the incidents counted, in the order they were reported
   */
  public record Report(String period, Instant from, Instant to, int count, int target, String status,
      List<String> incidentKeys) {}
}
