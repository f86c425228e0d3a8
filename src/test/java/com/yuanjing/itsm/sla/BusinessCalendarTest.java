package com.yuanjing.itsm.sla;

import static com.yuanjing.itsm.sla.SupportHours.ALWAYS;
import static com.yuanjing.itsm.sla.SupportHours.BUSINESS_HOURS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static BusinessCalendar calendar;

  @BeforeAll
  static void loadShippedHolidays() throws IOException {
    try (InputStream in = BusinessCalendarTest.class.getResourceAsStream(
        "/calendar/china-holidays.yaml")) {
      assertThat(in).as("shipped holiday file on the classpath").isNotNull();
      HolidayCalendar holidays = HolidayCalendarLoader.load(in, "china-holidays.yaml");
      calendar = new BusinessCalendar(SHANGHAI, LocalTime.of(9, 0), LocalTime.of(18, 0), holidays);
    }
  }

  /** Local date-time in Asia/Shanghai, e.g. "2026-11-27T17:00". */
  private static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
  }

  private static Instant addHours(String start, long hours) {
    return calendar.addWorkingTime(at(start), Duration.ofHours(hours), BUSINESS_HOURS);
  }

  // --- required examples -------------------------------------------------------------------

  @Test
  void fridayLateAfternoonContinuesOnMonday() {
    assertThat(addHours("2026-11-27T17:00", 4)).isEqualTo(at("2026-11-30T12:00"));
  }

  @Test
  void nationalDayIsSkipped() {
    assertThat(addHours("2026-09-30T16:00", 4)).isEqualTo(at("2026-10-08T11:00"));
  }

  @Test
  void makeUpSaturdayAfterNationalDayIsAWorkingDay() {
    assertThat(addHours("2026-10-09T17:00", 2)).isEqualTo(at("2026-10-10T10:00"));
  }

  @Test
  void startAtNightBeginsNextWorkingMorning() {
    // Tuesday 22:00
    assertThat(addHours("2026-11-24T22:00", 1)).isEqualTo(at("2026-11-25T10:00"));
  }

  @Test
  void startBeforeOpeningBeginsAtOpening() {
    assertThat(addHours("2026-11-25T07:30", 1)).isEqualTo(at("2026-11-25T10:00"));
  }

  @Test
  void startOnSundayBeginsMondayMorning() {
    assertThat(addHours("2026-11-29T10:00", 1)).isEqualTo(at("2026-11-30T10:00"));
  }

  @Test
  void alwaysIgnoresWeekendsAndHolidays() {
    assertThat(calendar.addWorkingTime(at("2026-11-27T17:00"), Duration.ofHours(4), ALWAYS))
        .isEqualTo(at("2026-11-27T21:00"));
    assertThat(calendar.addWorkingTime(at("2026-09-30T16:00"), Duration.ofHours(48), ALWAYS))
        .isEqualTo(at("2026-10-02T16:00"));
    assertThat(calendar.workingTimeBetween(at("2026-09-30T16:00"), at("2026-10-08T11:00"), ALWAYS))
        .isEqualTo(Duration.ofDays(7).plusHours(19));
  }

  @Test
  void workingTimeBetweenAcrossAWeekend() {
    assertThat(calendar.workingTimeBetween(
        at("2026-11-27T17:00"), at("2026-11-30T12:00"), BUSINESS_HOURS))
        .isEqualTo(Duration.ofHours(4));
  }

  @Test
  void workingTimeBetweenAcrossNationalDay() {
    assertThat(calendar.workingTimeBetween(
        at("2026-09-30T16:00"), at("2026-10-08T11:00"), BUSINESS_HOURS))
        .isEqualTo(Duration.ofHours(4));
    // The make-up Saturday 10-10 counts in full, Sunday 10-11 not at all.
    assertThat(calendar.workingTimeBetween(
        at("2026-10-09T18:00"), at("2026-10-12T09:00"), BUSINESS_HOURS))
        .isEqualTo(Duration.ofHours(9));
  }

  @Test
  void springFestival2026WithItsMakeUpSaturdays() {
    // Saturday 02-14 is worked before the break 02-15..02-23.
    assertThat(addHours("2026-02-13T17:00", 2)).isEqualTo(at("2026-02-14T10:00"));
    assertThat(addHours("2026-02-14T16:00", 4)).isEqualTo(at("2026-02-24T11:00"));
    // Saturday 02-28 is worked after the break.
    assertThat(calendar.addWorkingTime(at("2026-02-27T17:30"), Duration.ofHours(1),
        BUSINESS_HOURS)).isEqualTo(at("2026-02-28T09:30"));
    assertThat(calendar.workingTimeBetween(
        at("2026-02-13T18:00"), at("2026-02-24T09:00"), BUSINESS_HOURS))
        .isEqualTo(Duration.ofHours(9));
  }

  // --- further rules ----------------------------------------------------------------------

  @Test
  void amountEndingAtClosingTimeEndsThatEvening() {
    assertThat(addHours("2026-11-23T10:00", 8)).isEqualTo(at("2026-11-23T18:00"));
    assertThat(addHours("2026-11-23T09:00", 9)).isEqualTo(at("2026-11-23T18:00"));
    // Friday: must not jump to Monday morning either.
    assertThat(addHours("2026-11-27T17:00", 1)).isEqualTo(at("2026-11-27T18:00"));
  }

  @Test
  void oneMinutePastClosingContinuesNextMorning() {
    assertThat(calendar.addWorkingTime(at("2026-11-23T17:00"), Duration.ofMinutes(61),
        BUSINESS_HOURS)).isEqualTo(at("2026-11-24T09:01"));
  }

  @Test
  void weekdayHolidayIsSkipped() {
    // Qingming: Monday 2026-04-06 is off.
    assertThat(calendar.addWorkingTime(at("2026-04-03T17:30"), Duration.ofHours(1),
        BUSINESS_HOURS)).isEqualTo(at("2026-04-07T09:30"));
  }

  @Test
  void makeUpSundayAcrossTheYearBoundary() {
    // 2026-01-01..03 off, Sunday 2026-01-04 worked.
    assertThat(calendar.addWorkingTime(at("2025-12-31T17:30"), Duration.ofHours(1),
        BUSINESS_HOURS)).isEqualTo(at("2026-01-04T09:30"));
  }

  @Test
  void zeroAmountReturnsStartUnchanged() {
    Instant sundayNight = at("2026-11-29T23:00");
    assertThat(calendar.addWorkingTime(sundayNight, Duration.ZERO, BUSINESS_HOURS))
        .isEqualTo(sundayNight);
    assertThat(calendar.addWorkingTime(sundayNight, Duration.ZERO, ALWAYS)).isEqualTo(sundayNight);
  }

  @Test
  void negativeAmountIsRejected() {
    assertThatThrownBy(() -> calendar.addWorkingTime(at("2026-11-23T10:00"), Duration.ofHours(-1),
        BUSINESS_HOURS)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    assertThatThrownBy(() -> calendar.addWorkingDays(at("2026-11-23T10:00"), -1, ALWAYS))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void workingTimeBetweenIsZeroWhenToIsNotAfterFrom() {
    assertThat(calendar.workingTimeBetween(at("2026-11-24T12:00"), at("2026-11-24T10:00"),
        BUSINESS_HOURS)).isZero();
    assertThat(calendar.workingTimeBetween(at("2026-11-24T12:00"), at("2026-11-24T12:00"),
        ALWAYS)).isZero();
    // Saturday to Sunday: nothing to count.
    assertThat(calendar.workingTimeBetween(at("2026-11-28T09:00"), at("2026-11-29T18:00"),
        BUSINESS_HOURS)).isZero();
  }

  @Test
  void addWorkingDays() {
    assertThat(calendar.addWorkingDays(at("2026-11-23T10:00"), 3, BUSINESS_HOURS))
        .isEqualTo(at("2026-11-26T10:00"));
    assertThat(calendar.addWorkingDays(at("2026-11-27T10:00"), 1, BUSINESS_HOURS))
        .isEqualTo(at("2026-11-30T10:00"));
    assertThat(calendar.addWorkingDays(at("2026-09-30T10:00"), 1, BUSINESS_HOURS))
        .isEqualTo(at("2026-10-08T10:00"));
    assertThat(calendar.addWorkingDays(at("2026-11-27T10:00"), 3, ALWAYS))
        .isEqualTo(at("2026-11-30T10:00"));
    assertThat(calendar.workdayLength()).isEqualTo(Duration.ofHours(9));
  }

  @Test
  void subtractWorkingDays() {
    assertThat(calendar.subtractWorkingDays(at("2026-11-20T18:00"), 2, BUSINESS_HOURS)).as("Friday to Wednesday")
        .isEqualTo(at("2026-11-18T18:00"));
    assertThat(calendar.addWorkingDays(at("2026-11-18T18:00"), 2, BUSINESS_HOURS)).as("and back")
        .isEqualTo(at("2026-11-20T18:00"));
    assertThat(calendar.subtractWorkingDays(at("2026-11-30T10:00"), 1, BUSINESS_HOURS)).as("over the weekend")
        .isEqualTo(at("2026-11-27T10:00"));
    // National Day 2026-10-01..07 is off; Saturday 2026-10-10 is a make-up working day
    assertThat(calendar.subtractWorkingDays(at("2026-10-08T10:00"), 1, BUSINESS_HOURS))
        .isEqualTo(at("2026-09-30T10:00"));
    assertThat(calendar.subtractWorkingDays(at("2026-10-12T15:00"), 1, BUSINESS_HOURS))
        .isEqualTo(at("2026-10-10T15:00"));
    assertThat(calendar.subtractWorkingDays(at("2026-11-30T10:00"), 3, ALWAYS)).isEqualTo(at("2026-11-27T10:00"));
    assertThat(calendar.subtractWorkingDays(at("2026-11-30T10:00"), 0, BUSINESS_HOURS)).isEqualTo(at("2026-11-30T10:00"));
    assertThatThrownBy(() -> calendar.subtractWorkingDays(at("2026-11-30T10:00"), -1, BUSINESS_HOURS))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void yearWithoutDataFallsBackToTheWeekdayRule() {
    // 2027-10-01 is a Friday; without 2027 data it is a normal working day.
    assertThat(calendar.addWorkingTime(at("2027-09-30T17:30"), Duration.ofHours(1),
        BUSINESS_HOURS)).isEqualTo(at("2027-10-01T09:30"));
    assertThat(calendar.addWorkingTime(at("2027-10-01T17:30"), Duration.ofHours(1),
        BUSINESS_HOURS)).isEqualTo(at("2027-10-04T09:30"));
  }

  @Test
  void hugeAmountFailsInsteadOfLoopingForever() {
    assertThatThrownBy(() -> calendar.addWorkingTime(at("2026-11-23T10:00"),
        Duration.ofDays(365L * 1000), BUSINESS_HOURS))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void addIsTheInverseOfBetween() {
    List<Instant> instants = new ArrayList<>();
    // Odd step so that starts fall before, inside and after working hours on all kinds of days.
    for (Instant t = at("2026-09-24T00:00"); t.isBefore(at("2026-10-13T00:00"));
        t = t.plus(Duration.ofMinutes(317))) {
      instants.add(t);
    }
    for (Instant from : instants) {
      for (Instant to : instants) {
        if (!to.isAfter(from)) {
          continue;
        }
        Duration between = calendar.workingTimeBetween(from, to, BUSINESS_HOURS);
        Instant back = calendar.addWorkingTime(from, between, BUSINESS_HOURS);
        assertThat(back).as("from %s to %s", from, to).isBeforeOrEqualTo(to);
        assertThat(calendar.workingTimeBetween(from, back, BUSINESS_HOURS))
            .as("from %s to %s", from, to).isEqualTo(between);
      }
    }
  }

  @Test
  void betweenMeasuresWhatAddAdded() {
    for (Instant from = at("2026-02-10T00:00"); from.isBefore(at("2026-03-03T00:00"));
        from = from.plus(Duration.ofMinutes(271))) {
      for (long minutes : new long[] {1, 59, 540, 541, 1000, 5000}) {
        Duration amount = Duration.ofMinutes(minutes);
        Instant end = calendar.addWorkingTime(from, amount, BUSINESS_HOURS);
        assertThat(calendar.workingTimeBetween(from, end, BUSINESS_HOURS))
            .as("%s + %s", from, amount).isEqualTo(amount);
      }
    }
  }

  @Test
  void workdayMustStartBeforeItEnds() {
    assertThatThrownBy(() -> new BusinessCalendar(SHANGHAI, LocalTime.of(18, 0),
        LocalTime.of(9, 0), HolidayCalendar.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("18:00");
  }

  @Test
  void supportHoursFromCode() {
    assertThat(SupportHours.fromCode("BUSINESS_HOURS")).isEqualTo(BUSINESS_HOURS);
    assertThat(SupportHours.fromCode("ALWAYS")).isEqualTo(ALWAYS);
    assertThat(SupportHours.fromCode(" always ")).isEqualTo(ALWAYS);
    assertThatThrownBy(() -> SupportHours.fromCode("5x8"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("5x8").hasMessageContaining("BUSINESS_HOURS, ALWAYS");
    assertThatThrownBy(() -> SupportHours.fromCode(null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
