package com.yuanjing.itsm.availability;

import com.yuanjing.itsm.servicelevel.ServiceDirectory;
import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.InvalidInputException;
import com.yuanjing.itsm.web.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;

/**
 * The outage records of {@code itsm_outage}: opened, restored and reviewed by the availability management
 * process (there is no REST write), read for availability and by ops managers, quality and auditors.
 */
@Service
public class OutageRecords {

  static final String OPEN_REFUSED = "服务中断登记有误";
  static final String RESTORE_REFUSED = "服务恢复登记有误";
  static final String REVIEW_REFUSED = "服务中断回顾有误";

  private static final String COLUMNS = "id, service_id, started_at, ended_at, cause, planned, change_key, source, "
      + "source_key, root_cause, problem_key, recorded_by, recorded_at, outage_key, planned_from, planned_to";

  private final JdbcTemplate jdbc;
  private final ServiceDirectory services;

  public OutageRecords(JdbcTemplate jdbc, ServiceDirectory services) {
    this.jdbc = jdbc;
    this.services = services;
  }

  /**
   * Records the start of an outage of a published service and returns its id. A planned outage names the
   * approved change whose window covers it; an INCIDENT or ALERT outage names its incident or alert.
   */
  public long open(String serviceId, Instant startedAt, String cause, boolean planned, String changeKey,
      OutageSource source, String sourceKey, String recordedBy) {
    return open(serviceId, startedAt, cause, planned, changeKey, source, sourceKey, recordedBy, null);
  }

  /** As {@link #open(String, Instant, String, boolean, String, OutageSource, String, String)}, by the process {@code outageKey}. */
  public long open(String serviceId, Instant startedAt, String cause, boolean planned, String changeKey,
      OutageSource source, String sourceKey, String recordedBy, String outageKey) {
    List<FieldError> errors = new ArrayList<>();
    if (isBlank(serviceId)) {
      errors.add(new FieldError("serviceId", "服务", "不能为空"));
    } else if (services.find(serviceId).isEmpty()) {
      errors.add(new FieldError("serviceId", "服务", "“" + serviceId + "”不是已发布的服务"));
    }
    if (startedAt == null) {
      errors.add(new FieldError("startedAt", "中断开始时间", "不能为空"));
    } else if (startedAt.isAfter(now())) {
      errors.add(new FieldError("startedAt", "中断开始时间", "不能晚于当前时间"));
    }
    text(errors, "cause", "中断原因", cause, true, 500);
    if (planned && isBlank(changeKey)) {
      errors.add(new FieldError("changeKey", "变更单号", "计划内维护必须填写批准其窗口的变更单号"));
    }
    text(errors, "changeKey", "变更单号", changeKey, false, 32);
    if (source == null) {
      errors.add(new FieldError("source", "中断来源", "不能为空"));
    } else if (source != OutageSource.MANUAL && isBlank(sourceKey)) {
      errors.add(new FieldError("sourceKey", "来源编号", "来源为" + source.label() + "时不能为空"));
    }
    text(errors, "sourceKey", "来源编号", sourceKey, false, 64);
    text(errors, "recordedBy", "登记人", recordedBy, true, 64);
    text(errors, "outageKey", "中断编号", outageKey, false, 32);
    InvalidInputException.throwIfAny(OPEN_REFUSED, errors);

    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("INSERT INTO itsm_outage (service_id, started_at, cause, planned, "
          + "change_key, source, source_key, recorded_by, recorded_at, outage_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          new String[] {"id"});
      statement.setString(1, serviceId);
      statement.setObject(2, utc(startedAt));
      statement.setString(3, cause.strip());
      statement.setBoolean(4, planned);
      statement.setString(5, blankToNull(changeKey));
      statement.setString(6, source.name());
      statement.setString(7, blankToNull(sourceKey));
      statement.setString(8, recordedBy);
      statement.setObject(9, utc(now()));
      statement.setString(10, blankToNull(outageKey));
      return statement;
    }, key);
    return key.getKey().longValue();
  }

  /**
   * Records the restoration of the service. Restoring again with the same end changes nothing, so that a
   * retried job is harmless; an end before the start, or different from the one recorded, is refused.
   */
  public void restore(long id, Instant endedAt) {
    Outage outage = require(id);
    List<FieldError> errors = new ArrayList<>();
    if (endedAt == null) {
      errors.add(new FieldError("endedAt", "恢复时间", "不能为空"));
    } else if (endedAt.isBefore(outage.startedAt())) {
      errors.add(new FieldError("endedAt", "恢复时间", "不能早于中断开始时间 " + OutageTimes.display(outage.startedAt())));
    } else if (outage.endedAt() != null && !outage.endedAt().equals(endedAt)) {
      errors.add(new FieldError("endedAt", "恢复时间", "该中断已于 " + OutageTimes.display(outage.endedAt()) + " 恢复"));
    }
    InvalidInputException.throwIfAny(RESTORE_REFUSED, errors);
    jdbc.update("UPDATE itsm_outage SET ended_at = ? WHERE id = ? AND ended_at IS NULL", utc(endedAt), id);
  }

  /**
   * Records a planned outage as unplanned, because its change did not approve it (not approved, another
   * service, or the outage outside the change's planned window): it then counts as an interruption.
   */
  public void markUnplanned(long id) {
    require(id);
    jdbc.update("UPDATE itsm_outage SET planned = ?, planned_from = NULL, planned_to = NULL WHERE id = ?", false, id);
  }

  /**
   * Records [{@code from}, {@code to}) as the part of a planned outage its approved change window covers
   * (核对维护变更): only the time outside it counts as unavailable. Repeating it changes nothing.
   */
  public void confirmPlanned(long id, Instant from, Instant to) {
    Outage outage = require(id);
    if (from == null || to == null || to.isBefore(from) || !outage.planned()) {
      throw new IllegalArgumentException("Cannot confirm [" + from + ", " + to + ") as planned for outage " + id);
    }
    jdbc.update("UPDATE itsm_outage SET planned_from = ?, planned_to = ? WHERE id = ?", utc(from), utc(to), id);
  }

  /** The record the process with business key {@code outageKey} opened, if it did. */
  public Optional<Outage> findByKey(String outageKey) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_outage WHERE outage_key = ?", OutageRecords::outage,
        outageKey).stream().findFirst();
  }

  /** Records the root cause found by the review of a restored outage and the problem linked, if any. */
  public void review(long id, String rootCause, String problemKey) {
    Outage outage = require(id);
    List<FieldError> errors = new ArrayList<>();
    if (outage.endedAt() == null) {
      errors.add(new FieldError("rootCause", "根本原因", "服务中断尚未恢复，恢复后才能回顾"));
    }
    text(errors, "rootCause", "根本原因", rootCause, true, 2000);
    text(errors, "problemKey", "问题单号", problemKey, false, 32);
    InvalidInputException.throwIfAny(REVIEW_REFUSED, errors);
    jdbc.update("UPDATE itsm_outage SET root_cause = ?, problem_key = ? WHERE id = ?", rootCause.strip(),
        blankToNull(problemKey), id);
  }

  public Optional<Outage> find(long id) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_outage WHERE id = ?", OutageRecords::outage, id).stream()
        .findFirst();
  }

  /** The outages of one service that overlap [from, to), ongoing ones included, in order of start. */
  public List<Outage> overlapping(String serviceId, Instant from, Instant to) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_outage WHERE service_id = ? AND started_at < ? "
        + "AND (ended_at IS NULL OR ended_at > ?) ORDER BY started_at, id", OutageRecords::outage, serviceId,
        utc(to), utc(from));
  }

  /** The outages of every service that overlap [from, to), in order of start. */
  public List<Outage> overlapping(Instant from, Instant to) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_outage WHERE started_at < ? "
        + "AND (ended_at IS NULL OR ended_at > ?) ORDER BY started_at, id", OutageRecords::outage, utc(to), utc(from));
  }

  private Outage require(long id) {
    return find(id).orElseThrow(() -> new NotFoundException("未找到服务中断 " + id));
  }

  private static void text(List<FieldError> errors, String field, String label, String value, boolean required,
      int maxLength) {
    if (isBlank(value)) {
      if (required) {
        errors.add(new FieldError(field, label, "不能为空"));
      }
    } else if (value.strip().length() > maxLength) {
      errors.add(new FieldError(field, label, "不能超过 " + maxLength + " 个字符（当前 " + value.strip().length() + " 个）"));
    }
  }

  private static Outage outage(ResultSet rs, int row) throws SQLException {
    return new Outage(rs.getLong("id"), rs.getString("service_id"), instant(rs, "started_at"),
        instant(rs, "ended_at"), rs.getString("cause"), rs.getBoolean("planned"), rs.getString("change_key"),
        OutageSource.valueOf(rs.getString("source")), rs.getString("source_key"), rs.getString("root_cause"),
        rs.getString("problem_key"), rs.getString("recorded_by"), instant(rs, "recorded_at"),
        rs.getString("outage_key"), instant(rs, "planned_from"), instant(rs, "planned_to"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private static String blankToNull(String value) {
    return isBlank(value) ? null : value.strip();
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
