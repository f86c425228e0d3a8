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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SLA clock arithmetic on the shipped calendar: 09:00–18:00 Asia/Shanghai, Monday to Friday, with the
 * 2026 holidays and make-up days of china-holidays.yaml (中秋节 09-25..27, 国庆节 10-01..07, make-up
 * working days Sunday 09-20 and Saturday 10-10).
 */
class SlaClockServiceTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static SlaClockService clocks;

  @BeforeAll
  static void buildServiceOnShippedCalendar() throws IOException {
    try (InputStream in = SlaClockServiceTest.class.getClassLoader()
        .getResourceAsStream("calendar/china-holidays.yaml")) {
      assertThat(in).as("calendar/china-holidays.yaml on the classpath").isNotNull();
      HolidayCalendar holidays = HolidayCalendarLoader.load(in, "calendar/china-holidays.yaml");
      clocks = new SlaClockService(
          new BusinessCalendar(SHANGHAI, LocalTime.of(9, 0), LocalTime.of(18, 0), holidays));
    }
  }

  /** Local date-time in Asia/Shanghai, e.g. "2026-11-27T17:00". */
  private static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
  }

  // --- deadlines -----------------------------------------------------------------------------

  @Test
  void businessHoursDeadlinesStartedFridayLateAfternoonContinueOnMonday() {
    // Friday 17:00: one working hour left that day, the rest from Monday 09:00.
    SlaDeadlines deadlines = clocks.deadlines(at("2026-11-27T17:00"),
        SlaTargets.parse("PT4H", "PT18H", "BUSINESS_HOURS"));

    // response 4 h = Fri 1 h + Mon 3 h; warning at 75 % = 3 h = Fri 1 h + Mon 2 h
    assertThat(deadlines.responseDueAt()).isEqualTo(at("2026-11-30T12:00"));
    assertThat(deadlines.responseWarningAt()).isEqualTo(at("2026-11-30T11:00"));
    // resolution 18 h = Fri 1 h + Mon 9 h + Tue 8 h; warning 13.5 h = Fri 1 h + Mon 9 h + Tue 3.5 h
    assertThat(deadlines.resolutionDueAt()).isEqualTo(at("2026-12-01T17:00"));
    assertThat(deadlines.resolutionWarningAt()).isEqualTo(at("2026-12-01T12:30"));
  }

  @Test
  void businessHoursDeadlinesSkipNationalDayAndUseTheMakeUpSaturday() {
    // Wednesday 2026-09-30 16:00: 2 h left, then 10-01..10-07 off, Thu 10-08, Fri 10-09, Sat 10-10 (make-up).
    SlaDeadlines deadlines = clocks.deadlines(at("2026-09-30T16:00"),
        SlaTargets.parse("PT4H", "PT27H", "BUSINESS_HOURS"));

    assertThat(deadlines.responseWarningAt()).isEqualTo(at("2026-10-08T10:00")); // 3 h = 2 h + 1 h
    assertThat(deadlines.responseDueAt()).isEqualTo(at("2026-10-08T11:00")); // 4 h = 2 h + 2 h
    // 20.25 h = 2 + 9 + 9 + 0.25
    assertThat(deadlines.resolutionWarningAt()).isEqualTo(at("2026-10-10T09:15"));
    // 27 h = 2 + 9 + 9 + 7
    assertThat(deadlines.resolutionDueAt()).isEqualTo(at("2026-10-10T16:00"));
  }

  @Test
  void businessHoursDeadlineEndingAtCloseOfDayStaysOnThatDay() {
    // Monday 09:00 + 9 working hours ends at Monday 18:00, not Tuesday 09:00.
    SlaDeadlines deadlines = clocks.deadlines(at("2026-11-23T09:00"),
        SlaTargets.parse("PT1H", "PT9H", "BUSINESS_HOURS"));

    assertThat(deadlines.responseWarningAt()).isEqualTo(at("2026-11-23T09:45"));
    assertThat(deadlines.responseDueAt()).isEqualTo(at("2026-11-23T10:00"));
    assertThat(deadlines.resolutionWarningAt()).isEqualTo(at("2026-11-23T15:45")); // 6.75 h
    assertThat(deadlines.resolutionDueAt()).isEqualTo(at("2026-11-23T18:00"));
  }

  @Test
  void businessHoursClockReportedAtNightStartsNextWorkingMorning() {
    // Saturday night: nothing counts until Monday 09:00.
    SlaDeadlines deadlines = clocks.deadlines(at("2026-11-28T22:00"),
        SlaTargets.parse("PT30M", "PT8H", "BUSINESS_HOURS"));

    assertThat(deadlines.responseWarningAt()).isEqualTo(at("2026-11-30T09:22:30"));
    assertThat(deadlines.responseDueAt()).isEqualTo(at("2026-11-30T09:30"));
    assertThat(deadlines.resolutionWarningAt()).isEqualTo(at("2026-11-30T15:00"));
    assertThat(deadlines.resolutionDueAt()).isEqualTo(at("2026-11-30T17:00"));
  }

  @Test
  void alwaysDeadlinesArePlainAdditionWithWarningAtThreeQuarters() {
    SlaDeadlines deadlines = clocks.deadlines(at("2026-11-27T17:00"), SlaTargets.parse("PT15M", "PT4H", "ALWAYS"));

    assertThat(deadlines.responseWarningAt()).isEqualTo(at("2026-11-27T17:11:15"));
    assertThat(deadlines.responseDueAt()).isEqualTo(at("2026-11-27T17:15"));
    assertThat(deadlines.resolutionWarningAt()).isEqualTo(at("2026-11-27T20:00"));
    assertThat(deadlines.resolutionDueAt()).isEqualTo(at("2026-11-27T21:00"));
  }

  @Test
  void alwaysDeadlinesRunThroughHolidays() {
    SlaDeadlines deadlines = clocks.deadlines(at("2026-09-30T16:00"), SlaTargets.parse("PT4H", "PT72H", "ALWAYS"));

    assertThat(deadlines.responseWarningAt()).isEqualTo(at("2026-09-30T19:00"));
    assertThat(deadlines.responseDueAt()).isEqualTo(at("2026-09-30T20:00"));
    assertThat(deadlines.resolutionWarningAt()).isEqualTo(at("2026-10-02T22:00")); // 54 h
    assertThat(deadlines.resolutionDueAt()).isEqualTo(at("2026-10-03T16:00"));
  }

  // --- stopped time --------------------------------------------------------------------------

  @Test
  void stoppedTimeOverAWeekendCountsOnlyWorkingTime() {
    // Fri 16:00–18:00 (2 h) + Mon 09:00–10:00 (1 h)
    assertThat(clocks.stoppedTime(at("2026-11-27T16:00"), at("2026-11-30T10:00"), BUSINESS_HOURS))
        .isEqualTo(Duration.ofHours(3));
  }

  @Test
  void stoppedTimeOverAWeekendCountsEveryHourAroundTheClock() {
    assertThat(clocks.stoppedTime(at("2026-11-27T16:00"), at("2026-11-30T10:00"), ALWAYS))
        .isEqualTo(Duration.ofHours(66));
  }

  @Test
  void stoppedTimeWithinTheWeekendIsZeroInBusinessHours() {
    assertThat(clocks.stoppedTime(at("2026-11-28T10:00"), at("2026-11-29T10:00"), BUSINESS_HOURS))
        .isEqualTo(Duration.ZERO);
    assertThat(clocks.stoppedTime(at("2026-11-28T10:00"), at("2026-11-29T10:00"), ALWAYS))
        .isEqualTo(Duration.ofHours(24));
  }

  @Test
  void stoppedTimeOverNationalDaySkipsTheHolidays() {
    // Wed 09-30 17:00–18:00 (1 h) + Thu 10-08 09:00–10:30 (1.5 h)
    assertThat(clocks.stoppedTime(at("2026-09-30T17:00"), at("2026-10-08T10:30"), BUSINESS_HOURS))
        .isEqualTo(Duration.ofMinutes(150));
  }

  @Test
  void stoppedTimeIsZeroWhenResumedBeforeOrWhenStopped() {
    assertThat(clocks.stoppedTime(at("2026-11-25T11:00"), at("2026-11-25T10:00"), BUSINESS_HOURS))
        .isEqualTo(Duration.ZERO);
    assertThat(clocks.stoppedTime(at("2026-11-25T11:00"), at("2026-11-25T11:00"), ALWAYS))
        .isEqualTo(Duration.ZERO);
  }

  // --- moving deadlines ----------------------------------------------------------------------

  @Test
  void moveOutAddsWorkingTimeAcrossTheWeekend() {
    assertThat(clocks.moveOut(at("2026-11-27T17:00"), Duration.ofHours(2), BUSINESS_HOURS))
        .isEqualTo(at("2026-11-30T10:00"));
  }

  @Test
  void moveOutOfADeadlineAtCloseOfDayContinuesNextWorkingDay() {
    assertThat(clocks.moveOut(at("2026-11-27T18:00"), Duration.ofMinutes(30), BUSINESS_HOURS))
        .isEqualTo(at("2026-11-30T09:30"));
  }

  @Test
  void moveOutAroundTheClockIsPlainAddition() {
    assertThat(clocks.moveOut(at("2026-11-27T17:00"), Duration.ofHours(2), ALWAYS))
        .isEqualTo(at("2026-11-27T19:00"));
  }

  @Test
  void moveOutByNothingKeepsTheDeadline() {
    assertThat(clocks.moveOut(at("2026-11-27T17:00"), Duration.ZERO, BUSINESS_HOURS))
        .isEqualTo(at("2026-11-27T17:00"));
  }

  @Test
  void pauseOverTheWeekendMovesTheResolutionDeadlineByItsWorkingTime() {
    SlaDeadlines deadlines = clocks.deadlines(at("2026-11-27T17:00"),
        SlaTargets.parse("PT4H", "PT18H", "BUSINESS_HOURS"));
    Duration stopped = clocks.stoppedTime(at("2026-11-27T17:30"), at("2026-11-30T10:00"), BUSINESS_HOURS);

    assertThat(stopped).isEqualTo(Duration.ofMinutes(90));
    // Tue 17:00 + 1.5 h = Tue 18:00 (1 h) + Wed 09:30 (0.5 h)
    assertThat(clocks.moveOut(deadlines.resolutionDueAt(), stopped, BUSINESS_HOURS))
        .isEqualTo(at("2026-12-02T09:30"));
  }

  @Test
  void moveOutRejectsNegativeTime() {
    assertThatThrownBy(() -> clocks.moveOut(at("2026-11-27T17:00"), Duration.ofHours(-1), BUSINESS_HOURS))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // --- working days --------------------------------------------------------------------------

  @ParameterizedTest(name = "{1} working day(s) after {0} -> {2}")
  @CsvSource({
      // ordinary week: Monday 10:00 + 3 days = Thursday 10:00
      "2026-11-23T10:00, 3, 2026-11-26T10:00",
      // over the weekend
      "2026-11-27T10:00, 1, 2026-11-30T10:00",
      // over 中秋节 (Fri 09-25 .. Sun 09-27)
      "2026-09-24T10:00, 1, 2026-09-28T10:00",
      // over 国庆节: Thu 10-08, Fri 10-09, Sat 10-10 is a make-up working day
      "2026-09-30T10:00, 3, 2026-10-10T10:00",
      "2026-09-30T10:00, 2, 2026-10-09T10:00",
      // Sunday 09-20 is a make-up working day: counting starts there
      "2026-09-19T10:00, 1, 2026-09-20T18:00",
      // started in the evening: counting starts next morning, a whole day ends at close of day
      "2026-11-27T18:30, 1, 2026-11-30T18:00",
      // zero days: unchanged
      "2026-11-28T10:00, 0, 2026-11-28T10:00",
  })
  void workingDaysAfterSkipsWeekendsAndHolidaysAndCountsMakeUpDays(String start, int days, String expected) {
    assertThat(clocks.workingDaysAfter(at(start), days)).isEqualTo(at(expected));
  }

  @Test
  void workingDaysAfterRejectsNegativeDays() {
    assertThatThrownBy(() -> clocks.workingDaysAfter(at("2026-11-27T10:00"), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
