package com.yuanjing.itsm.availability;

import com.yuanjing.itsm.validation.FieldError;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The times of an outage as forms and messages send them: a date, or ISO-8601 text with an offset (what
 * Camunda Forms send) or in local time of the suite's zone.
 */
final class OutageTimes {

  /** The suite's default zone, for text without an offset where no business calendar is at hand. */
  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private static final java.time.format.DateTimeFormatter DISPLAY =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BEIJING);

  private OutageTimes() {}

  /** A time as Chinese messages show it: Beijing time, {@code 2026-11-29 23:00}. */
  static String display(Instant instant) {
    return DISPLAY.format(instant);
  }

  static boolean isBlank(Object value) {
    return value == null || (value instanceof String text && text.isBlank());
  }

  static Optional<Instant> parse(Object value, ZoneId zone) {
    if (value instanceof Date date) {
      return Optional.of(date.toInstant());
    }
    if (!(value instanceof String text) || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(text.strip()).toInstant());
    } catch (DateTimeParseException withoutOffset) {
      try {
        return Optional.of(LocalDateTime.parse(text.strip()).atZone(zone).toInstant());
      } catch (DateTimeParseException notATime) {
        return Optional.empty();
      }
    }
  }

  /**
   * The time of a field, or empty with an error added when it is missing (and required), not a time, or
   * later than {@code now}.
   */
  static Optional<Instant> check(Object value, String field, String label, boolean required, Instant now,
      ZoneId zone, List<FieldError> errors) {
    if (isBlank(value)) {
      if (required) {
        errors.add(new FieldError(field, label, "不能为空"));
      }
      return Optional.empty();
    }
    Optional<Instant> time = parse(value, zone);
    if (time.isEmpty()) {
      errors.add(new FieldError(field, label, "不是有效的时间，例如 2026-12-05T22:00+08:00"));
    } else if (time.get().isAfter(now)) {
      errors.add(new FieldError(field, label, "不能晚于当前时间"));
      return Optional.empty();
    }
    return time;
  }
}
