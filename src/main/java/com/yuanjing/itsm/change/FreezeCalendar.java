package com.yuanjing.itsm.change;

import com.yuanjing.itsm.config.YamlDataFiles;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Change freeze periods (封网期): whole days on which no change may be implemented without an
 * exception, read from an operator-maintained file (see {@code calendar/change-freeze.yaml} and
 * docs/change-windows.md).
 *
 * <p>A period from {@code from} to {@code to} covers {@code [from 00:00, to+1 00:00)} in the
 * calendar zone. A change occupies {@code [plannedStart, plannedEnd)}, so a change ending exactly
 * at 00:00 of the first freeze day, or starting exactly at 00:00 after the last one, does not
 * overlap.
 */
public final class FreezeCalendar {

  /** Where the freeze file is read from unless {@code itsm.change.freeze-calendar} says otherwise. */
  public static final String DEFAULT_LOCATION = "classpath:calendar/change-freeze.yaml";

  /**
   * One freeze period.
   *
   * @param name shown to requesters, e.g. 国庆封网
   * @param from first frozen day, inclusive
   * @param to last frozen day, inclusive
   */
  public record Period(String name, LocalDate from, LocalDate to) {

    public Period {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      if (from.isAfter(to)) {
        throw new IllegalArgumentException("Freeze period " + name + ": from " + from
            + " is after to " + to);
      }
    }

    /** 00:00 of the first frozen day. */
    public Instant startsAt(ZoneId zone) {
      return from.atStartOfDay(zone).toInstant();
    }

    /** 00:00 of the day after the last frozen day (exclusive end). */
    public Instant endsAt(ZoneId zone) {
      return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Whether {@code [start, end)} shares any moment with this period in {@code zone}. */
    public boolean overlaps(Instant start, Instant end, ZoneId zone) {
      return start.isBefore(endsAt(zone)) && end.isAfter(startsAt(zone));
    }

    /** For requesters: {@code 国庆封网（2026-09-30 至 2026-10-08）}. */
    public String description() {
      return name + "（" + from + " 至 " + to + "）";
    }
  }

  /** Root of the file. Dates stay strings so that errors name the period. */
  record FreezeFile(List<PeriodEntry> periods) {
  }

  record PeriodEntry(String name, String from, String to) {
  }


  private final List<Period> periods;

  public FreezeCalendar(List<Period> periods) {
    this.periods = periods.stream()
        .sorted(Comparator.comparing(Period::from).thenComparing(Period::to))
        .toList();
  }

  /** All periods, ordered by their first day. */
  public List<Period> periods() {
    return periods;
  }

  /** The periods that share any moment with {@code [start, end)}, ordered by their first day. */
  public List<Period> overlapping(Instant start, Instant end, ZoneId zone) {
    return periods.stream().filter(p -> p.overlaps(start, end, zone)).toList();
  }

  /** Parses YAML text; for tests and tools. */
  public static FreezeCalendar parse(String yaml) {
    return toCalendar(YamlDataFiles.parse(yaml, FreezeFile.class, "freeze calendar"), "<inline>");
  }

  /**
   * Reads and validates a freeze file.
   *
   * @param source where the stream comes from, used in error messages
   * @throws IllegalArgumentException if the file cannot be parsed or its content is inconsistent
   */
  public static FreezeCalendar load(InputStream in, String source) throws IOException {
    return toCalendar(YamlDataFiles.read(in, FreezeFile.class, "freeze calendar", source), source);
  }


  private static FreezeCalendar toCalendar(FreezeFile file, String source) {
    if (file == null || file.periods() == null) {
      throw new IllegalArgumentException("Invalid freeze calendar file " + source
          + ": no 'periods:' list (write 'periods: []' if there are no freeze periods)");
    }
    List<Period> periods = new ArrayList<>();
    Map<String, Period> byYearAndName = new HashMap<>();
    List<PeriodEntry> entries = file.periods();
    for (int i = 0; i < entries.size(); i++) {
      PeriodEntry entry = entries.get(i);
      String where = "period #" + (i + 1);
      if (entry == null || entry.name() == null || entry.name().isBlank()) {
        throw fail(source, where, "has no name");
      }
      String name = entry.name().trim();
      where += " " + name;
      LocalDate from = date(source, where, "from", entry.from());
      LocalDate to = date(source, where, "to", entry.to());
      if (from.isAfter(to)) {
        throw fail(source, where, "'from' " + from + " is after 'to' " + to);
      }
      Period period = new Period(name, from, to);
      Period twin = byYearAndName.put(from.getYear() + "/" + name, period);
      if (twin != null) {
        throw fail(source, where, "the name is used twice in " + from.getYear() + " (also "
            + twin.from() + " to " + twin.to() + "); give each period of a year its own name");
      }
      periods.add(period);
    }
    return new FreezeCalendar(periods);
  }

  private static LocalDate date(String source, String where, String key, String text) {
    if (text == null || text.isBlank()) {
      throw fail(source, where, "'" + key + "' is missing");
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw fail(source, where, "'" + key + "' '" + text + "' is not a date (expected yyyy-MM-dd)");
    }
  }

  private static IllegalArgumentException fail(String source, String where, String problem) {
    return new IllegalArgumentException(
        "Invalid freeze calendar file " + source + ": " + where + ": " + problem);
  }
}
