package com.yuanjing.itsm.continuity;

import com.yuanjing.itsm.kpi.ReportingPeriod;
import com.yuanjing.itsm.servicelevel.ItService;
import com.yuanjing.itsm.servicelevel.ServiceDirectory;
import com.yuanjing.itsm.validation.Choices;
import com.yuanjing.itsm.validation.FieldChecks;
import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.InvalidInputException;
import com.yuanjing.itsm.web.ConflictException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The continuity plans of {@code itsm_continuity_plan}: one per published key service, every version kept
 * unchanged with who saved it and when; the highest version is the plan in force.
 */
@Service
public class ContinuityPlans {

  static final String SAVE_REFUSED = "连续性计划有误";
  /** The JSON fields of a plan and their Chinese labels. */
  static final Map<String, String> FIELDS = Choices.of("recoverySteps", "恢复步骤", "rtoMinutes", "恢复时间目标（RTO，分钟）",
      "rpoMinutes", "恢复点目标（RPO，分钟）", "owner", "计划负责人", "lastReviewed", "最近评审日期");
  /** A year: longer targets are typing errors. */
  static final int MAX_MINUTES = 525_600;

  private static final String COLUMNS = "service_id, version, recovery_steps, rto_minutes, rpo_minutes, plan_owner, "
      + "last_reviewed, recorded_by, recorded_at";

  private final JdbcTemplate jdbc;
  private final ServiceDirectory services;

  public ContinuityPlans(JdbcTemplate jdbc, ServiceDirectory services) {
    this.jdbc = jdbc;
    this.services = services;
  }

  /**
   * Saves a new version of the plan of a published key service (the first version creates the plan) and
   * returns it. Every bad field is named at once and nothing is stored.
   */
  public ContinuityPlan save(String serviceId, Map<String, Object> input, String recordedBy) {
    List<FieldError> errors = new ArrayList<>();
    Optional<ItService> service = services.find(serviceId);
    if (service.isEmpty()) {
      errors.add(new FieldError("serviceId", "服务", "“" + serviceId + "”不是已发布的服务"));
    } else if (!service.get().keyService()) {
      errors.add(new FieldError("serviceId", "服务", "“" + service.get().name() + "”不是关键服务，只有关键服务需要连续性计划"));
    }
    Map<String, Object> values = input == null ? Map.of() : input;
    errors.addAll(new FieldChecks(values)
        .text("recoverySteps", FIELDS.get("recoverySteps"), true, 8000)
        .text("owner", FIELDS.get("owner"), true, 64)
        .noOtherFields(FIELDS)
        .errors());
    Integer rto = minutes(values, "rtoMinutes", 1, errors);
    Integer rpo = minutes(values, "rpoMinutes", 0, errors);
    LocalDate lastReviewed = lastReviewed(values.get("lastReviewed"), errors);
    InvalidInputException.throwIfAny(SAVE_REFUSED, errors);

    int version = current(serviceId).map(ContinuityPlan::version).orElse(0) + 1;
    Instant now = ClockUtil.getCurrentTime().toInstant();
    try {
      jdbc.update("INSERT INTO itsm_continuity_plan (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", serviceId,
          version, ((String) values.get("recoverySteps")).strip(), rto, rpo, ((String) values.get("owner")).strip(),
          lastReviewed, recordedBy, now.atOffset(ZoneOffset.UTC));
    } catch (DuplicateKeyException concurrent) {
      throw new ConflictException("连续性计划刚被他人修改，请刷新后重试");
    }
    return version(serviceId, version).orElseThrow();
  }

  /** The plan in force of a service, if it has one. */
  public Optional<ContinuityPlan> current(String serviceId) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_continuity_plan WHERE service_id = ? ORDER BY version DESC",
        ContinuityPlans::plan, serviceId).stream().findFirst();
  }

  public Optional<ContinuityPlan> version(String serviceId, int version) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_continuity_plan WHERE service_id = ? AND version = ?",
        ContinuityPlans::plan, serviceId, version).stream().findFirst();
  }

  /** Every version of a service's plan, the newest first. */
  public List<ContinuityPlan> versions(String serviceId) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_continuity_plan WHERE service_id = ? ORDER BY version DESC",
        ContinuityPlans::plan, serviceId);
  }

  /** The plan in force of every service that has one, by service id. */
  public List<ContinuityPlan> currentPlans() {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_continuity_plan p WHERE version = (SELECT MAX(version) "
        + "FROM itsm_continuity_plan q WHERE q.service_id = p.service_id) ORDER BY service_id", ContinuityPlans::plan);
  }

  /** The published key services, which the drill schedule goes through. */
  public List<ItService> keyServices() {
    return services.all().stream().filter(ItService::keyService).toList();
  }

  /** Whether a drill can be held for the service: it is a published key service with a plan. */
  public boolean drillable(String serviceId) {
    return services.find(serviceId).filter(ItService::keyService).isPresent() && current(serviceId).isPresent();
  }

  private static Integer minutes(Map<String, Object> values, String field, int min, List<FieldError> errors) {
    Object value = values.get(field);
    String label = FIELDS.get(field);
    if (value == null) {
      errors.add(new FieldError(field, label, "不能为空"));
      return null;
    }
    if (!(value instanceof Integer || value instanceof Long)) {
      errors.add(new FieldError(field, label, "必须是整数分钟数"));
      return null;
    }
    long minutes = ((Number) value).longValue();
    if (minutes < min || minutes > MAX_MINUTES) {
      errors.add(new FieldError(field, label, "必须在 " + min + " 到 " + MAX_MINUTES + " 分钟之间"));
      return null;
    }
    return (int) minutes;
  }

  private static LocalDate lastReviewed(Object value, List<FieldError> errors) {
    String label = FIELDS.get("lastReviewed");
    if (value == null || (value instanceof String s && s.isBlank())) {
      errors.add(new FieldError("lastReviewed", label, "不能为空"));
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value.toString().strip());
    } catch (DateTimeParseException notADate) {
      errors.add(new FieldError("lastReviewed", label, "不是有效的日期，例如 2026-11-30"));
      return null;
    }
    if (date.isAfter(today())) {
      errors.add(new FieldError("lastReviewed", label, "不能晚于今天"));
      return null;
    }
    return date;
  }

  static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(ReportingPeriod.ZONE).toLocalDate();
  }

  private static ContinuityPlan plan(ResultSet rs, int row) throws SQLException {
    return new ContinuityPlan(rs.getString("service_id"), rs.getInt("version"), rs.getString("recovery_steps"),
        rs.getInt("rto_minutes"), rs.getInt("rpo_minutes"), rs.getString("plan_owner"),
        rs.getObject("last_reviewed", LocalDate.class), rs.getString("recorded_by"),
        rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
  }
}
