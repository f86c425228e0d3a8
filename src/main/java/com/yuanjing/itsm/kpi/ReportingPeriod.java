package com.yuanjing.itsm.kpi;

import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A KPI period in Beijing time: a quarter ({@code 2026-Q4}), a month ({@code 2026-11}) or a year
 * ({@code 2026}), from {@code start} (inclusive) to {@code end} (exclusive).
 */
public record ReportingPeriod(Instant start, Instant end) {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  public static final String FIELD = "period";
  public static final String LABEL = "统计周期";
  private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?");

  /** Parses a period; anything else is refused naming 统计周期. */
  public static ReportingPeriod parse(String text) {
    Matcher matcher = text == null ? null : FORMAT.matcher(text.trim());
    if (matcher == null || !matcher.matches()) {
      throw new InvalidInputException("统计周期有误", List.of(new FieldError(FIELD, LABEL,
          text == null || text.isBlank() ? "不能为空，格式为 2026-Q4、2026-11 或 2026"
              : "“" + text + "”无效，格式为 2026-Q4、2026-11 或 2026")));
    }
    int year = Integer.parseInt(matcher.group(1));
    LocalDate first;
    LocalDate next;
    if (matcher.group(2) != null) {
      first = LocalDate.of(year, (Integer.parseInt(matcher.group(2)) - 1) * 3 + 1, 1);
      next = first.plusMonths(3);
    } else if (matcher.group(3) != null) {
      first = LocalDate.of(year, Integer.parseInt(matcher.group(3)), 1);
      next = first.plusMonths(1);
    } else {
      first = LocalDate.of(year, 1, 1);
      next = first.plusYears(1);
    }
    return new ReportingPeriod(first.atStartOfDay(ZONE).toInstant(), next.atStartOfDay(ZONE).toInstant());
  }
}
