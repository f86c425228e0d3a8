package com.yuanjing.itsm.change;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A weekly window in which changes to a service may be implemented, configured per service under
 * {@code itsm.services[].maintenance-windows} as {@code "<DAY-OF-WEEK> HH:mm-HH:mm"}, for example
 * {@code SATURDAY 22:00-06:00}.
 *
 * <p>An end that is not after the start lies on the next day: {@code SATURDAY 22:00-06:00} runs
 * from Saturday 22:00 to Sunday 06:00 and belongs to Saturday. {@code 24:00} is accepted as an
 * end and means midnight at the end of the day.
 *
 * @param day the day on which the window opens
 * @param start opening time on {@code day}
 * @param end closing time, on {@code day} or, when not after {@code start}, on the next day
 */
public record MaintenanceWindow(DayOfWeek day, LocalTime start, LocalTime end) {

  private static final Pattern FORMAT = Pattern.compile("\\s*(\\S+)\\s+(\\S+?)\\s*-\\s*(\\S+)\\s*");
  private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}");
  private static final String EXPECTED =
      "expected \"<DAY-OF-WEEK> HH:mm-HH:mm\" such as \"SATURDAY 22:00-06:00\"";
  private static final String[] CHINESE_DAYS = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};

  public MaintenanceWindow {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
  }

  /**
   * Parses one window of a service.
   *
   * @param serviceId the service the window is configured for, named in the error message
   * @param text e.g. {@code SATURDAY 22:00-06:00}; the day is an English day name in any case
   * @throws IllegalArgumentException naming the service and the text if it cannot be parsed
   */
  public static MaintenanceWindow parse(String serviceId, String text) {
    if (text == null) {
      throw invalid(serviceId, null, "the window is empty");
    }
    Matcher m = FORMAT.matcher(text);
    if (!m.matches()) {
      throw invalid(serviceId, text, EXPECTED);
    }
    DayOfWeek day;
    try {
      day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw invalid(serviceId, text, "'" + m.group(1) + "' is not a day of the week (MONDAY to SUNDAY); "
          + EXPECTED);
    }
    LocalTime start = time(serviceId, text, m.group(2), false);
    LocalTime end = time(serviceId, text, m.group(3), true);
    return new MaintenanceWindow(day, start, end);
  }

  private static LocalTime time(String serviceId, String text, String value, boolean isEnd) {
    if (isEnd && value.equals("24:00")) {
      return LocalTime.MIDNIGHT;
    }
    if (TIME.matcher(value).matches()) {
      try {
        return LocalTime.parse(value);
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    throw invalid(serviceId, text, "'" + value + "' is not a time of day HH:mm (00:00 to 23:59"
        + (isEnd ? ", or 24:00 as an end" : "") + "); " + EXPECTED);
  }

  private static IllegalArgumentException invalid(String serviceId, String text, String problem) {
    return new IllegalArgumentException("itsm.services: service " + serviceId
        + " has an invalid maintenance window " + (text == null ? "null" : "'" + text + "'") + ": "
        + problem);
  }

  /** Whether the window ends on the next day (its end is not after its start). */
  public boolean overnight() {
    return !end.isAfter(start);
  }

  /**
   * Whether the whole change from {@code changeStart} to {@code changeEnd} lies inside one
   * occurrence of this window, both ends included, in the zone of {@code changeStart}. A change
   * that starts just after midnight is checked against the window opened the day before, too.
   */
  public boolean contains(ZonedDateTime changeStart, ZonedDateTime changeEnd) {
    Objects.requireNonNull(changeStart, "changeStart");
    Objects.requireNonNull(changeEnd, "changeEnd");
    LocalDate startDay = changeStart.toLocalDate();
    return containedInOccurrence(startDay, changeStart, changeEnd)
        || containedInOccurrence(startDay.minusDays(1), changeStart, changeEnd);
  }

  private boolean containedInOccurrence(LocalDate opening, ZonedDateTime changeStart,
      ZonedDateTime changeEnd) {
    if (opening.getDayOfWeek() != day) {
      return false;
    }
    ZonedDateTime opens = ZonedDateTime.of(opening, start, changeStart.getZone());
    ZonedDateTime closes =
        ZonedDateTime.of(overnight() ? opening.plusDays(1) : opening, end, changeStart.getZone());
    return !changeStart.isBefore(opens) && !changeEnd.isAfter(closes);
  }

  /** For requesters, e.g. {@code 周六 22:00–次日 06:00} or {@code 周五 18:00–23:00}. */
  public String description() {
    return CHINESE_DAYS[day.getValue() - 1] + " " + start + "–" + (overnight() ? "次日 " : "") + end;
  }

  /** The configuration form, e.g. {@code SATURDAY 22:00-06:00}. */
  @Override
  public String toString() {
    return day + " " + start + "-" + end;
  }
}
