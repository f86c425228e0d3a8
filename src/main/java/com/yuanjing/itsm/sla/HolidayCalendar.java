package com.yuanjing.itsm.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Chinese public holidays (法定节假日) and make-up working days (调休上班) for the years the State
 * Council has published. Immutable; build it with {@link HolidayCalendarLoader}.
 *
 * <p>For a year without data only the weekday rule applies (Monday to Friday work). Callers keep
 * working in that case; the gap is reported by {@link BusinessCalendarHealthIndicator}.
 */
public final class HolidayCalendar {

  private final Set<Integer> coveredYears;
  private final Set<LocalDate> offDays;
  private final Set<LocalDate> makeUpWorkdays;

  /**
   * @param coveredYears years for which the State Council data is present
   * @param offDays days off, even when they fall on a weekday
   * @param makeUpWorkdays weekend days that are working days (调休)
   */
  public HolidayCalendar(Set<Integer> coveredYears, Set<LocalDate> offDays,
      Set<LocalDate> makeUpWorkdays) {
    this.coveredYears = Collections.unmodifiableSet(new TreeSet<>(coveredYears));
    this.offDays = Set.copyOf(offDays);
    this.makeUpWorkdays = Set.copyOf(makeUpWorkdays);
  }

  /** A calendar without any holiday data: plain Monday to Friday. */
  public static HolidayCalendar empty() {
    return new HolidayCalendar(Set.of(), Set.of(), Set.of());
  }

  public boolean isWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (makeUpWorkdays.contains(date)) {
      return true;
    }
    DayOfWeek dow = date.getDayOfWeek();
    boolean weekday = dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    return weekday && !offDays.contains(date);
  }

  public boolean isOffDay(LocalDate date) {
    return offDays.contains(date);
  }

  public boolean isMakeUpWorkday(LocalDate date) {
    return makeUpWorkdays.contains(date);
  }

  /** Years with holiday data, in ascending order. */
  public Set<Integer> coveredYears() {
    return coveredYears;
  }

  /** The given years that have no holiday data, in the order given, without repeats. */
  public List<Integer> missingYears(int... years) {
    Set<Integer> missing = new LinkedHashSet<>();
    for (int year : years) {
      if (!coveredYears.contains(year)) {
        missing.add(year);
      }
    }
    return List.copyOf(missing);
  }

  @Override
  public String toString() {
    return "HolidayCalendar" + coveredYears;
  }
}
