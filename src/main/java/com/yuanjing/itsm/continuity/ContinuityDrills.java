package com.yuanjing.itsm.continuity;

import static com.yuanjing.itsm.continuity.ContinuityDrillProcess.Variables.*;

import com.yuanjing.itsm.identity.SystemActions;
import com.yuanjing.itsm.kpi.ReportingPeriod;
import com.yuanjing.itsm.numbering.BusinessKeys;
import com.yuanjing.itsm.servicelevel.ItService;
import com.yuanjing.itsm.servicelevel.ServiceDirectory;
import com.yuanjing.itsm.validation.FieldChecks;
import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.InvalidInputException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Continuity drills: the checks of a drill request, the drills the half-yearly schedule and major changes
 * start, and the results and improvement actions kept in {@code itsm_continuity_drill} and
 * {@code itsm_continuity_action} (written only by the drill process, once per drill).
 */
@Service
public class ContinuityDrills {

  static final String REQUEST_REFUSED = "连续性演练申请有误";

  private static final String COLUMNS = "drill_key, service_id, plan_version, trigger_type, reason, scenario, "
      + "participants, planned_at, started_at, ended_at, rto_target_minutes, rpo_target_minutes, "
      + "rto_achieved_minutes, rpo_achieved_minutes, failed_for_findings, passed, findings, executed_by, recorded_at";

  private final JdbcTemplate jdbc;
  private final ContinuityPlans plans;
  private final ServiceDirectory services;
  private final BusinessKeys businessKeys;
  private final HistoryService historyService;

  public ContinuityDrills(JdbcTemplate jdbc, ContinuityPlans plans, ServiceDirectory services,
      BusinessKeys businessKeys, HistoryService historyService) {
    this.jdbc = jdbc;
    this.plans = plans;
    this.services = services;
    this.businessKeys = businessKeys;
    this.historyService = historyService;
  }

  /** The variables of a drill request, as the message start event receives them. */
  public static Map<String, Object> request(String serviceId, String reason, DrillTrigger trigger) {
    Map<String, Object> request = new HashMap<>();
    request.put(SERVICE_ID, serviceId);
    request.put(REASON, reason);
    request.put(DRILL_TRIGGER, trigger.name());
    return request;
  }

  /**
   * Checks a drill request and returns the variables registration adds: the service's name and the plan in
   * force with its targets. Only a published key service with a continuity plan can be drilled.
   */
  public Map<String, Object> registration(Map<String, Object> request) {
    List<FieldError> errors = new ArrayList<>(new FieldChecks(request)
        .text(SERVICE_ID, "服务", true, 64)
        .text(REASON, "演练原因", true, 500)
        .oneOf(DRILL_TRIGGER, "演练类型", true, DrillTrigger.class, DrillTrigger::label)
        .errors());
    Optional<ContinuityPlan> plan = Optional.empty();
    Optional<ItService> service = Optional.empty();
    if (request.get(SERVICE_ID) instanceof String serviceId && !serviceId.isBlank()) {
      service = services.find(serviceId);
      if (service.isEmpty()) {
        errors.add(new FieldError(SERVICE_ID, "服务", "“" + serviceId + "”不是已发布的服务"));
      } else if (!service.get().keyService()) {
        errors.add(new FieldError(SERVICE_ID, "服务", "“" + service.get().name() + "”不是关键服务"));
      } else {
        plan = plans.current(serviceId);
        if (plan.isEmpty()) {
          errors.add(new FieldError(SERVICE_ID, "服务", "“" + service.get().name() + "”还没有连续性计划，请先制定计划"));
        }
      }
    }
    InvalidInputException.throwIfAny(REQUEST_REFUSED, errors);
    Map<String, Object> registration = new LinkedHashMap<>();
    registration.put(SERVICE_NAME, service.orElseThrow().name());
    registration.putAll(targets(plan.orElseThrow()));
    return registration;
  }

  /** The plan version and its targets, as process variables. */
  static Map<String, Object> targets(ContinuityPlan plan) {
    return Map.of(PLAN_VERSION, plan.version(), RTO_TARGET_MINUTES, plan.rtoMinutes(),
        RPO_TARGET_MINUTES, plan.rpoMinutes());
  }

  public String nextBusinessKey() {
    return businessKeys.next(ContinuityDrillProcess.BUSINESS_KEY_PREFIX);
  }

  /** "2026-H1" or "2026-H2": the half-year of an instant in the suite's zone. */
  public static String halfYear(Instant instant) {
    ZonedDateTime local = instant.atZone(ReportingPeriod.ZONE);
    return local.getYear() + "-H" + (local.getMonthValue() <= 6 ? 1 : 2);
  }

  /** What one run of the schedule does: the drills to start and the key services that have no plan. */
  public record Schedule(List<Map<String, Object>> drills, List<ItService> withoutPlan) {}

  /**
   * The drills due in the half-year of {@code now}: one per published key service with a plan that has no
   * scheduled drill of that half-year yet (so a repeated run starts nothing twice), and the key services
   * without a plan, which cannot be drilled and must be reported.
   */
  public Schedule schedule(Instant now) {
    String period = halfYear(now);
    String covered = period.substring(0, 4) + "年" + (period.endsWith("1") ? "上半年" : "下半年");
    List<Map<String, Object>> drills = new ArrayList<>();
    List<ItService> withoutPlan = new ArrayList<>();
    for (ItService service : plans.keyServices()) {
      if (plans.current(service.id()).isEmpty()) {
        withoutPlan.add(service);
      } else if (!hasDrill(DRILL_PERIOD, period, service.id())) {
        Map<String, Object> request = request(service.id(), "定期演练（" + covered + "）", DrillTrigger.SCHEDULED);
        request.put(DRILL_PERIOD, period);
        drills.add(request);
      }
    }
    return new Schedule(drills, withoutPlan);
  }

  /**
   * The drill request after a successful major change of a key service with a plan, or nothing when the
   * service needs no drill or the change has already requested one (a retried job).
   */
  public Optional<Map<String, Object>> afterMajorChange(String serviceId, String changeKey) {
    if (!plans.drillable(serviceId) || hasDrill(CHANGE_KEY, changeKey, serviceId)) {
      return Optional.empty();
    }
    Map<String, Object> request = request(serviceId, "重大变更 " + changeKey, DrillTrigger.MAJOR_CHANGE);
    request.put(CHANGE_KEY, changeKey);
    return Optional.of(request);
  }

  private boolean hasDrill(String variable, String value, String serviceId) {
    return SystemActions.run(() -> historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ContinuityDrillProcess.KEY)
        .variableValueEquals(variable, value)
        .variableValueEquals(SERVICE_ID, serviceId)
        .count() > 0);
  }

  /** Keeps the result of an executed drill; a second call for the same drill (a retried job) changes nothing. */
  public void recordResult(DrillResult result) {
    if (find(result.drillKey()).isPresent()) {
      return;
    }
    jdbc.update("INSERT INTO itsm_continuity_drill (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        + "?, ?, ?, ?, ?)", result.drillKey(), result.serviceId(), result.planVersion(), result.trigger().name(),
        result.reason(), result.scenario(), result.participants(), utc(result.plannedAt()), utc(result.startedAt()),
        utc(result.endedAt()), result.rtoTargetMinutes(), result.rpoTargetMinutes(), result.rtoAchievedMinutes(),
        result.rpoAchievedMinutes(), result.failedForFindings(), result.passed(), result.findings(),
        result.executedBy(), utc(now()));
  }

  /** Keeps the improvement actions of a failed drill; once per drill, a retried job changes nothing. */
  public void recordActions(String drillKey, List<ImprovementAction> actions, String recordedBy) {
    Integer kept = jdbc.queryForObject("SELECT COUNT(*) FROM itsm_continuity_action WHERE drill_key = ?",
        Integer.class, drillKey);
    if (kept != null && kept > 0) {
      return;
    }
    OffsetDateTime now = utc(now());
    for (ImprovementAction action : actions) {
      jdbc.update("INSERT INTO itsm_continuity_action (drill_key, action_no, description, action_owner, due_date, "
          + "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)", drillKey, action.number(), action.description(),
          action.owner(), action.dueDate(), recordedBy, now);
    }
  }

  public Optional<DrillResult> find(String drillKey) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_continuity_drill WHERE drill_key = ?",
        ContinuityDrills::result, drillKey).stream().findFirst().map(this::withActions);
  }

  /** The kept results, optionally of one service and one year (by the drill's start, in the suite's zone). */
  public List<DrillResult> results(String serviceId, Integer year) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM itsm_continuity_drill WHERE 1 = 1");
    List<Object> arguments = new ArrayList<>();
    if (serviceId != null) {
      sql.append(" AND service_id = ?");
      arguments.add(serviceId);
    }
    if (year != null) {
      sql.append(" AND started_at >= ? AND started_at < ?");
      arguments.add(utc(LocalDate.of(year, 1, 1).atStartOfDay(ReportingPeriod.ZONE).toInstant()));
      arguments.add(utc(LocalDate.of(year + 1, 1, 1).atStartOfDay(ReportingPeriod.ZONE).toInstant()));
    }
    sql.append(" ORDER BY started_at, drill_key");
    return jdbc.query(sql.toString(), ContinuityDrills::result, arguments.toArray()).stream()
        .map(this::withActions).toList();
  }

  private DrillResult withActions(DrillResult result) {
    return result.withActions(jdbc.query("SELECT action_no, description, action_owner, due_date "
        + "FROM itsm_continuity_action WHERE drill_key = ? ORDER BY action_no", (rs, row) -> new ImprovementAction(
            rs.getInt("action_no"), rs.getString("description"), rs.getString("action_owner"),
            rs.getObject("due_date", LocalDate.class)), result.drillKey()));
  }

  private static DrillResult result(ResultSet rs, int row) throws SQLException {
    return new DrillResult(rs.getString("drill_key"), rs.getString("service_id"), rs.getInt("plan_version"),
        DrillTrigger.valueOf(rs.getString("trigger_type")), rs.getString("reason"), rs.getString("scenario"),
        rs.getString("participants"), instant(rs, "planned_at"), instant(rs, "started_at"), instant(rs, "ended_at"),
        rs.getInt("rto_target_minutes"), rs.getInt("rpo_target_minutes"), rs.getInt("rto_achieved_minutes"),
        rs.getInt("rpo_achieved_minutes"), rs.getBoolean("failed_for_findings"), rs.getBoolean("passed"),
        rs.getString("findings"), rs.getString("executed_by"), instant(rs, "recorded_at"), List.of());
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
