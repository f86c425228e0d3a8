package com.yuanjing.itsm.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Deadline arithmetic for SLAs: adds and measures time either around the clock or only within
 * working hours of working days (weekends, 法定节假日 and 调休 from the {@link HolidayCalendar}).
 *
 * <p>The working period is one block per working day, {@code workdayStart} to {@code workdayEnd}
 * in {@code zone}; there is no lunch break. Plain class without Spring so that it can be used
 * and tested anywhere.
 */
public final class BusinessCalendar {

  // About a century of calendar days: far beyond any SLA, yet a nonsensical amount (say
  // milliseconds passed as seconds) fails fast instead of scanning towards year 999999999.
  private static final int MAX_DAYS_SCANNED = 36_600;

  private final ZoneId zone;
  private final LocalTime workdayStart;
  private final LocalTime workdayEnd;
  private final HolidayCalendar holidays;

  public BusinessCalendar(ZoneId zone, LocalTime workdayStart, LocalTime workdayEnd,
      HolidayCalendar holidays) {
    this.zone = Objects.requireNonNull(zone, "zone");
    this.workdayStart = Objects.requireNonNull(workdayStart, "workdayStart");
    this.workdayEnd = Objects.requireNonNull(workdayEnd, "workdayEnd");
    this.holidays = Objects.requireNonNull(holidays, "holidays");
    if (!workdayStart.isBefore(workdayEnd)) {
      throw new IllegalArgumentException("Workday start " + workdayStart
          + " must be before workday end " + workdayEnd + " (overnight shifts are not supported)");
    }
  }

  public ZoneId zone() {
    return zone;
  }

  public LocalTime workdayStart() {
    return workdayStart;
  }

  public LocalTime workdayEnd() {
    return workdayEnd;
  }

  public HolidayCalendar holidays() {
    return holidays;
  }

  /** Working time in one working day, e.g. 9 hours for 09:00–18:00. */
  public Duration workdayLength() {
    return Duration.between(workdayStart, workdayEnd);
  }

  /**
   * The instant at which {@code amount} of working time has elapsed after {@code start}.
   *
   * <p>BUSINESS_HOURS: a start outside working hours begins at the next working-period start; an
   * amount that runs out exactly at the end of a working day ends at that day's end (18:00), not
   * the next morning. A zero amount returns {@code start} unchanged, even outside working hours.
   *
   * @throws IllegalArgumentException for a negative amount or one needing more than about a
   *     century of calendar
   */
  public Instant addWorkingTime(Instant start, Duration amount, SupportHours hours) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(hours, "hours");
    requireNotNegative(amount, "amount");
    if (hours == SupportHours.ALWAYS || amount.isZero()) {
      return start.plus(amount);
    }
    Duration remaining = amount;
    LocalDate day = localDate(start);
    for (int scanned = 0; scanned < MAX_DAYS_SCANNED; scanned++, day = day.plusDays(1)) {
      if (!holidays.isWorkingDay(day)) {
        continue;
      }
      Instant open = latest(start, opening(day));
      Instant close = closing(day);
      if (open.isBefore(close)) {
        Duration available = Duration.between(open, close);
        if (remaining.compareTo(available) <= 0) {
          return open.plus(remaining);
        }
        remaining = remaining.minus(available);
      }
    }
    throw new IllegalArgumentException("Adding " + amount + " of working time to " + start
        + " needs more than " + MAX_DAYS_SCANNED + " calendar days");
  }

  /**
   * Working time elapsed between two instants; zero if {@code to} is not after {@code from}.
   * Inverse of {@link #addWorkingTime}: adding the result to {@code from} lands at or before
   * {@code to} (before it when {@code to} lies outside working hours).
   */
  public Duration workingTimeBetween(Instant from, Instant to, SupportHours hours) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(hours, "hours");
    if (!to.isAfter(from)) {
      return Duration.ZERO;
    }
    if (hours == SupportHours.ALWAYS) {
      return Duration.between(from, to);
    }
    Duration total = Duration.ZERO;
    LocalDate last = localDate(to);
    for (LocalDate day = localDate(from); !day.isAfter(last); day = day.plusDays(1)) {
      if (holidays.isWorkingDay(day)) {
        Instant open = latest(from, opening(day));
        Instant close = earliest(to, closing(day));
        if (open.isBefore(close)) {
          total = total.plus(Duration.between(open, close));
        }
      }
    }
    return total;
  }

  /**
   * Adds whole days. ALWAYS: {@code days} × 24 hours. BUSINESS_HOURS: {@code days} × the working
   * day length of working time, so 3 working days from Monday 10:00 is Thursday 10:00.
   */
  public Instant addWorkingDays(Instant start, int days, SupportHours hours) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative: " + days);
    }
    Duration perDay = hours == SupportHours.ALWAYS ? Duration.ofDays(1) : workdayLength();
    return addWorkingTime(start, perDay.multipliedBy(days), hours);
  }

  /**
   * Goes back whole days, the counterpart of {@link #addWorkingDays}. ALWAYS: {@code days} × 24 hours.
   * BUSINESS_HOURS: the same time of day {@code days} working days earlier, weekends and holidays skipped,
   * so 2 working days before Friday 18:00 is Wednesday 18:00 (and adding them back gives Friday 18:00).
   */
  public Instant subtractWorkingDays(Instant end, int days, SupportHours hours) {
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(hours, "hours");
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative: " + days);
    }
    if (hours == SupportHours.ALWAYS) {
      return end.minus(Duration.ofDays(days));
    }
    ZonedDateTime at = end.atZone(zone);
    LocalDate day = at.toLocalDate();
    for (int left = days, scanned = 0; left > 0; scanned++) {
      if (scanned == MAX_DAYS_SCANNED) {
        throw new IllegalArgumentException("Subtracting " + days + " working days from " + end
            + " needs more than " + MAX_DAYS_SCANNED + " calendar days");
      }
      day = day.minusDays(1);
      if (holidays.isWorkingDay(day)) {
        left--;
      }
    }
    return at.with(day).toInstant();
  }

  private LocalDate localDate(Instant instant) {
    return instant.atZone(zone).toLocalDate();
  }

  private Instant opening(LocalDate day) {
    return day.atTime(workdayStart).atZone(zone).toInstant();
  }

  private Instant closing(LocalDate day) {
    return day.atTime(workdayEnd).atZone(zone).toInstant();
  }

  private static Instant latest(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant earliest(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static void requireNotNegative(Duration amount, String name) {
    Objects.requireNonNull(amount, name);
    if (amount.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative: " + amount);
    }
  }

  @Override
  public String toString() {
    return "BusinessCalendar[" + zone + " " + workdayStart + "-" + workdayEnd + ", " + holidays
        + "]";
  }
}
