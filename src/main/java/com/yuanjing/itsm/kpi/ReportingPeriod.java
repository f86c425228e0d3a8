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
 * The period a KPI is reported for: a quarter ({@code 2026-Q4}), a month ({@code 2026-11}) or a year
 * ({@code 2026}), in Beijing time. {@code start} is inclusive, {@code end} exclusive, so consecutive
 * periods neither overlap nor leave a gap.
 *
 * @param label the period as written, e.g. {@code 2026-Q4}
 */
public record ReportingPeriod(String label, Instant start, Instant end) {

  /** KPI periods follow the customer's calendar, whatever the server's time zone. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  /** The field name and label a bad period is reported with. */
  public static final String FIELD = "period";
  public static final String LABEL = "统计周期";

  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  /** Parses a period; throws {@link InvalidInputException} naming 统计周期 when it is none of the three forms. */
  public static ReportingPeriod parse(String text) {
    String label = text == null ? "" : text.strip();
    Matcher quarter = QUARTER.matcher(label);
    if (quarter.matches()) {
      LocalDate first = LocalDate.of(Integer.parseInt(quarter.group(1)), (Integer.parseInt(quarter.group(2)) - 1) * 3 + 1, 1);
      return of(label, first, first.plusMonths(3));
    }
    Matcher month = MONTH.matcher(label);
    if (month.matches()) {
      LocalDate first = LocalDate.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)), 1);
      return of(label, first, first.plusMonths(1));
    }
    if (YEAR.matcher(label).matches()) {
      LocalDate first = LocalDate.of(Integer.parseInt(label), 1, 1);
      return of(label, first, first.plusYears(1));
    }
    throw new InvalidInputException("统计周期有误", List.of(new FieldError(FIELD, LABEL,
        "“" + label + "”无效，格式为季度 2026-Q4、月份 2026-11 或年份 2026")));
  }

  /** Parses a quarter only, for a KPI counted by quarter; {@code kpi} names it in the refusal. */
  public static ReportingPeriod parseQuarter(String text, String kpi) {
    return parseOnly(text, QUARTER, kpi + "按季度统计，格式为 2026-Q4");
  }

  /** Parses a year only, for a KPI counted by year; {@code kpi} names it in the refusal. */
  public static ReportingPeriod parseYear(String text, String kpi) {
    return parseOnly(text, YEAR, kpi + "按年统计，格式为 2026");
  }

  private static ReportingPeriod parseOnly(String text, Pattern form, String rule) {
    ReportingPeriod period = parse(text);
    if (!form.matcher(period.label()).matches()) {
      throw new InvalidInputException("统计周期有误", List.of(new FieldError(FIELD, LABEL,
          "“" + period.label() + "”无效，" + rule)));
    }
    return period;
  }

  /** The quarter that contains {@code instant} in Beijing time. */
  public static ReportingPeriod quarterOf(Instant instant) {
    return containing(instant, Type.QUARTER);
  }

  /** The quarter before the one that contains {@code instant}: the one a review at a quarter's start looks back on. */
  public static ReportingPeriod quarterBefore(Instant instant) {
    return quarterOf(instant).previous();
  }

  /** Whether this is a month, a quarter or a year. */
  public Type type() {
    if (YEAR.matcher(label).matches()) {
      return Type.YEAR;
    }
    return QUARTER.matcher(label).matches() ? Type.QUARTER : Type.MONTH;
  }

  /** The period of the same type just before this one. */
  public ReportingPeriod previous() {
    return containing(start.minusMillis(1), type());
  }

  /** The period of {@code type} that contains {@code instant} in Beijing time. */
  public static ReportingPeriod containing(Instant instant, Type type) {
    LocalDate day = instant.atZone(ZONE).toLocalDate();
    return parse(switch (type) {
      case MONTH -> "%d-%02d".formatted(day.getYear(), day.getMonthValue());
      case QUARTER -> day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
      case YEAR -> String.valueOf(day.getYear());
    });
  }

  /** The kinds of period, with their length in months and their Chinese name. */
  public enum Type {
    MONTH(1, "月"),
    QUARTER(3, "季度"),
    YEAR(12, "年");

    private final int months;
    private final String chineseName;

    Type(int months, String chineseName) {
      this.months = months;
      this.chineseName = chineseName;
    }

    public int months() {
      return months;
    }

    public String chineseName() {
      return chineseName;
    }
  }

  private static ReportingPeriod of(String label, LocalDate first, LocalDate next) {
    return new ReportingPeriod(label, first.atStartOfDay(ZONE).toInstant(), next.atStartOfDay(ZONE).toInstant());
  }
}
