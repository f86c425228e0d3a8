package com.yuanjing.itsm.servicelevel;

import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter such as {@code 2026-Q4}, the period of the SLA attainment. Its bounds are midnights
 * in the business calendar's zone: from the first day (inclusive) to the first day of the next quarter
 * (exclusive).
 */
public record Quarter(int year, int quarter) {

  static final String FIELD = "period";
  static final String LABEL = "统计周期";
  private static final Pattern FORMAT = Pattern.compile("(\\d{4})-Q([1-4])");

  public Quarter {
    if (quarter < 1 || quarter > 4) {
      throw new IllegalArgumentException("quarter must be 1 to 4: " + quarter);
    }
  }

  /**
   * Reads {@code 2026-Q4}.
   *
   * @throws InvalidInputException naming 统计周期 for anything else
   */
  public static Quarter parse(String text) {
    Matcher m = text == null ? null : FORMAT.matcher(text.trim());
    if (m == null || !m.matches()) {
      throw new InvalidInputException("统计周期有误", List.of(new FieldError(FIELD, LABEL,
          "“" + (text == null ? "" : text) + "”不是季度，格式为 年-Q季度，例如 2026-Q4")));
    }
    return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /** The quarter before the one {@code day} lies in: the one a review at the start of a quarter looks back on. */
  public static Quarter before(LocalDate day) {
    Quarter current = new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    return current.quarter == 1 ? new Quarter(current.year - 1, 4) : new Quarter(current.year, current.quarter - 1);
  }

  public LocalDate firstDay() {
    return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
  }

  public Instant start(ZoneId zone) {
    return firstDay().atStartOfDay(zone).toInstant();
  }

  /** The first instant after the quarter. */
  public Instant end(ZoneId zone) {
    return firstDay().plusMonths(3).atStartOfDay(zone).toInstant();
  }

  @Override
  public String toString() {
    return year + "-Q" + quarter;
  }
}
