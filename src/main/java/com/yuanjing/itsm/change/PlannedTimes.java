package com.yuanjing.itsm.change;

import static com.yuanjing.itsm.change.ChangeProcess.Variables.*;

import com.yuanjing.itsm.sla.BusinessCalendarProperties;
import com.yuanjing.itsm.validation.FieldError;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The planned implementation window of a change. Forms and JSON send it as ISO-8601 text (with an
 * offset, or local time in the suite's zone); the process keeps it as dates, which its timer waits for.
 */
@Component
public class PlannedTimes {

  private final ZoneId zone;

  public PlannedTimes(BusinessCalendarProperties calendar) {
    this.zone = calendar.zone();
  }

  public List<FieldError> validate(Map<String, Object> values, String startLabel, String endLabel) {
    List<FieldError> errors = new ArrayList<>();
    Optional<Instant> start = read(values, PLANNED_START, startLabel, errors);
    Optional<Instant> end = read(values, PLANNED_END, endLabel, errors);
    if (start.isPresent() && end.isPresent() && !end.get().isAfter(start.get())) {
      errors.add(new FieldError(PLANNED_END, endLabel, "必须晚于" + startLabel));
    }
    return errors;
  }

  /** The errors of one point in time, such as a release's planned deployment. */
  public List<FieldError> validateOne(Map<String, Object> values, String field, String label) {
    List<FieldError> errors = new ArrayList<>();
    read(values, field, label, errors);
    return errors;
  }

  /** Replaces the text values by dates; call after {@link #validate}. */
  public void normalize(Map<String, Object> values) {
    for (String field : List.of(PLANNED_START, PLANNED_END)) {
      values.put(field, toDate(values.get(field)));
    }
  }

  /** A valid time (text or date) as a date; call after validating it. */
  public Date toDate(Object value) {
    return Date.from(parse(value).orElseThrow());
  }

  private Optional<Instant> read(Map<String, Object> values, String field, String label, List<FieldError> errors) {
    Object value = values.get(field);
    if (value == null || (value instanceof String s && s.isBlank())) {
      errors.add(new FieldError(field, label, "不能为空"));
      return Optional.empty();
    }
    Optional<Instant> instant = parse(value);
    if (instant.isEmpty()) {
      errors.add(new FieldError(field, label, "不是有效的时间，例如 2026-12-05T22:00+08:00"));
    }
    return instant;
  }

  private Optional<Instant> parse(Object value) {
    if (value instanceof Date date) {
      return Optional.of(date.toInstant());
    }
    if (!(value instanceof String text)) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException withoutOffset) {
      try {
        return Optional.of(LocalDateTime.parse(text).atZone(zone).toInstant());
      } catch (DateTimeParseException notATime) {
        return Optional.empty();
      }
    }
  }
}
