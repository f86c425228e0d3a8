package com.yuanjing.itsm.sla;

import com.yuanjing.itsm.config.YamlDataFiles;
import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the holiday file (see {@code calendar/china-holidays.yaml} and docs/business-calendar.md)
 * and checks it thoroughly, because a typo there silently shifts every SLA deadline.
 */
public final class HolidayCalendarLoader {

  /** Root of the file: holidays per year. */
  record HolidayFile(Map<Integer, List<Holiday>> years) {
  }

  /**
   * One holiday as published by the State Council. Dates stay strings here so that a bad date
   * is reported with its year and holiday name rather than as a bare Jackson error.
   *
   * @param off first and last day off, inclusive (a single date for a one-day holiday)
   * @param workdays make-up working days (调休上班), each a Saturday or Sunday
   */
  record Holiday(String name, List<String> off, List<String> workdays) {
  }

  private HolidayCalendarLoader() {
  }

  /** Parses YAML text; for tests and tools. */
  public static HolidayCalendar parse(String yaml) {
    return toCalendar(YamlDataFiles.parse(yaml, HolidayFile.class, "holiday"), "<inline>");
  }

  /**
   * Reads and validates a holiday file.
   *
   * @param source where the stream comes from, used in error messages
   * @throws IllegalArgumentException if the file cannot be parsed or its content is inconsistent
   */
  public static HolidayCalendar load(InputStream in, String source) throws IOException {
    return toCalendar(YamlDataFiles.read(in, HolidayFile.class, "holiday", source), source);
  }


  private static HolidayCalendar toCalendar(HolidayFile file, String source) {
    if (file == null || file.years() == null || file.years().isEmpty()) {
      throw new IllegalArgumentException(
          "Invalid holiday file " + source + ": no years declared under 'years:'");
    }
    Set<LocalDate> offDays = new HashSet<>();
    Set<LocalDate> makeUpDays = new HashSet<>();
    for (Map.Entry<Integer, List<Holiday>> year : file.years().entrySet()) {
      new YearChecker(source, year.getKey(), offDays, makeUpDays).check(year.getValue());
    }
    return new HolidayCalendar(file.years().keySet(), offDays, makeUpDays);
  }

  /** Validates one year and adds its dates to the shared sets. */
  private record YearChecker(String source, int year, Set<LocalDate> offDays,
      Set<LocalDate> makeUpDays) {

    void check(List<Holiday> holidays) {
      if (holidays == null || holidays.isEmpty()) {
        // An empty year would count as "covered" and hide the missing-data warning.
        throw fail(null, "no holidays listed");
      }
      for (int i = 0; i < holidays.size(); i++) {
        Holiday holiday = holidays.get(i);
        if (holiday == null || holiday.name() == null || holiday.name().isBlank()) {
          throw fail(null, "holiday #" + (i + 1) + " has no name");
        }
        checkHoliday(holiday);
      }
    }

    private void checkHoliday(Holiday holiday) {
      String name = holiday.name();
      List<String> off = holiday.off();
      if (off == null || off.isEmpty() || off.size() > 2) {
        throw fail(name, "'off' must be [first, last] or a single date, got " + off);
      }
      LocalDate first = date(name, off.get(0));
      LocalDate last = date(name, off.get(off.size() - 1));
      if (first.isAfter(last)) {
        throw fail(name, "first day off " + first + " is after last day off " + last);
      }
      for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
        if (makeUpDays.contains(day)) {
          throw fail(name, "day off " + day + " is also a make-up working day");
        }
        if (!offDays.add(day)) {
          throw fail(name, "day off " + day + " is declared twice");
        }
      }
      List<String> workdays = holiday.workdays() == null ? List.of() : holiday.workdays();
      for (String text : workdays) {
        LocalDate day = date(name, text);
        DayOfWeek dow = day.getDayOfWeek();
        if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
          throw fail(name, "make-up working day " + day + " is a " + dow
              + ", not a Saturday or Sunday");
        }
        if (offDays.contains(day)) {
          throw fail(name, "make-up working day " + day + " is also a day off");
        }
        if (!makeUpDays.add(day)) {
          throw fail(name, "make-up working day " + day + " is declared twice");
        }
      }
    }

    private LocalDate date(String holiday, String text) {
      LocalDate date;
      try {
        date = LocalDate.parse(text == null ? "" : text.trim());
      } catch (DateTimeParseException e) {
        throw fail(holiday, "'" + text + "' is not a date (expected yyyy-MM-dd)");
      }
      if (date.getYear() != year) {
        throw fail(holiday, "date " + date + " is outside the year " + year);
      }
      return date;
    }

    private IllegalArgumentException fail(String holiday, String problem) {
      String where = holiday == null ? "year " + year : "year " + year + ", holiday " + holiday;
      return new IllegalArgumentException(
          "Invalid holiday file " + source + ": " + where + ": " + problem);
    }
  }
}
