package com.yuanjing.itsm.availability;

import static com.yuanjing.itsm.sla.SupportHours.ALWAYS;
import static com.yuanjing.itsm.sla.SupportHours.BUSINESS_HOURS;
import static org.assertj.core.api.Assertions.assertThat;

import com.yuanjing.itsm.availability.AvailabilityCalculator.Figures;
import com.yuanjing.itsm.availability.AvailabilityCalculator.Outage;
import com.yuanjing.itsm.sla.BusinessCalendar;
import com.yuanjing.itsm.sla.HolidayCalendar;
import com.yuanjing.itsm.sla.HolidayCalendarLoader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The availability arithmetic on the shipped business calendar (09:00–18:00, Chinese holidays). */
class AvailabilityCalculatorTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Instant NOVEMBER = at("2026-11-01T00:00");
  private static final Instant DECEMBER = at("2026-12-01T00:00");
  private static final Instant JANUARY = at("2027-01-01T00:00");
  private static final Instant LATER = at("2027-06-01T00:00");

  private static AvailabilityCalculator calculator;

  @BeforeAll
  static void loadShippedHolidays() throws IOException {
    try (InputStream in = AvailabilityCalculatorTest.class.getResourceAsStream("/calendar/china-holidays.yaml")) {
      HolidayCalendar holidays = HolidayCalendarLoader.load(in, "china-holidays.yaml");
      calculator = new AvailabilityCalculator(
          new BusinessCalendar(SHANGHAI, LocalTime.of(9, 0), LocalTime.of(18, 0), holidays));
    }
  }

  private static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
  }

  private static Outage unplanned(String start, String end) {
    return new Outage(at(start), end == null ? null : at(end), false);
  }

  @Test
  void aThreeHourOutageInAThirtyDayMonthAroundTheClock() {
    Figures figures = calculator.calculate(ALWAYS, NOVEMBER, DECEMBER,
        List.of(unplanned("2026-11-10T02:00", "2026-11-10T05:00")), LATER);

    assertThat(figures.agreedTime()).isEqualTo(Duration.ofHours(720));
    assertThat(figures.unavailableTime()).isEqualTo(Duration.ofHours(3));
    assertThat(figures.availability()).isEqualByComparingTo("0.9958"); // 717 / 720
    assertThat(figures.outageCount()).isEqualTo(1);
    assertThat(figures.meets(new BigDecimal("0.99"))).isTrue();
  }

  @Test
  void onBusinessHoursOnlyTheOutageTimeWithinWorkingHoursIsUnavailable() {
    // November 2026: 21 working days of 9 hours.
    Figures figures = calculator.calculate(BUSINESS_HOURS, NOVEMBER, DECEMBER, List.of(
        unplanned("2026-11-10T01:00", "2026-11-10T05:00"), // at night: not within agreed service time
        unplanned("2026-11-11T16:00", "2026-11-12T10:00")), // 16:00–18:00 and 09:00–10:00: 3 hours
        LATER);

    assertThat(figures.agreedTime()).isEqualTo(Duration.ofHours(21 * 9));
    assertThat(figures.unavailableTime()).isEqualTo(Duration.ofHours(3));
    assertThat(figures.availability()).isEqualByComparingTo("0.9841"); // 186 / 189
    assertThat(figures.outageCount()).as("the night outage still counts as an outage").isEqualTo(2);
    assertThat(figures.meets(new BigDecimal("0.99"))).isFalse();
  }

  @Test
  void anOutageAcrossTheMonthBoundaryIsSplitAndCountedInTheMonthItStarted() {
    List<Outage> outages = List.of(unplanned("2026-11-30T22:00", "2026-12-01T03:00"));

    Figures november = calculator.calculate(ALWAYS, NOVEMBER, DECEMBER, outages, LATER);
    Figures december = calculator.calculate(ALWAYS, DECEMBER, JANUARY, outages, LATER);

    assertThat(november.unavailableTime()).isEqualTo(Duration.ofHours(2));
    assertThat(december.unavailableTime()).isEqualTo(Duration.ofHours(3));
    assertThat(november.outageCount()).isEqualTo(1);
    assertThat(december.outageCount()).isZero();
  }

  @Test
  void plannedMaintenanceInAnApprovedChangeWindowIsNotUnavailable() {
    Figures figures = calculator.calculate(ALWAYS, NOVEMBER, DECEMBER,
        List.of(new Outage(at("2026-11-14T22:00"), at("2026-11-15T04:00"), true)), LATER);

    assertThat(figures.unavailableTime()).isZero();
    assertThat(figures.availability()).isEqualByComparingTo("1");
    assertThat(figures.outageCount()).isZero();
  }

  @Test
  void anOutageThatOverranItsApprovedWindowCountsOnlyOutsideItAndIsAnInterruption() {
    // window 22:00-02:00 confirmed; the outage lasted 22:30-04:00
    Figures figures = calculator.calculate(ALWAYS, NOVEMBER, DECEMBER, List.of(new Outage(at("2026-11-14T22:30"),
        at("2026-11-15T04:00"), at("2026-11-14T22:30"), at("2026-11-15T02:00"))), LATER);

    assertThat(figures.unavailableTime()).isEqualTo(Duration.ofHours(2));
    assertThat(figures.outageCount()).isEqualTo(1);
  }

  @Test
  void anOutageThatBeganBeforeItsWindowCountsBeforeIt() {
    Figures figures = calculator.calculate(ALWAYS, NOVEMBER, DECEMBER, List.of(new Outage(at("2026-11-14T21:00"),
        at("2026-11-15T01:00"), at("2026-11-14T22:00"), at("2026-11-15T01:00"))), LATER);

    assertThat(figures.unavailableTime()).isEqualTo(Duration.ofHours(1));
    assertThat(figures.outageCount()).isEqualTo(1);
  }

  @Test
  void plannedMaintenanceNotConfirmedByItsChangeCountsInFull() {
    // registered as planned, never restored or not yet checked: no confirmed window
    Figures figures = calculator.calculate(ALWAYS, NOVEMBER, DECEMBER, List.of(new Outage(at("2026-11-29T22:00"),
        null, null, null)), at("2026-11-30T04:00"));

    assertThat(figures.unavailableTime()).isEqualTo(Duration.ofHours(6));
    assertThat(figures.outageCount()).isEqualTo(1);
  }

  @Test
  void overlappingOutagesOfTheServiceAreCountedOnce() {
    Figures figures = calculator.calculate(ALWAYS, NOVEMBER, DECEMBER, List.of(
        unplanned("2026-11-10T02:00", "2026-11-10T05:00"),
        unplanned("2026-11-10T04:00", "2026-11-10T06:00"),
        unplanned("2026-11-10T02:30", "2026-11-10T03:00")), LATER);

    assertThat(figures.unavailableTime()).isEqualTo(Duration.ofHours(4)); // 02:00–06:00
    assertThat(figures.outageCount()).isEqualTo(3);
  }

  @Test
  void anOngoingOutageLastsUntilNowWithinThePeriodAndUntilItsEndAfterwards() {
    List<Outage> outages = List.of(unplanned("2026-11-29T20:00", null));

    Figures running = calculator.calculate(ALWAYS, NOVEMBER, DECEMBER, outages, at("2026-11-30T02:00"));
    Figures afterTheMonth = calculator.calculate(ALWAYS, NOVEMBER, DECEMBER, outages, LATER);

    assertThat(running.unavailableTime()).isEqualTo(Duration.ofHours(6));
    assertThat(afterTheMonth.unavailableTime()).isEqualTo(Duration.ofHours(28));
  }

  @Test
  void withoutAgreedServiceTimeThereIsNoAvailability() {
    // National Day holiday: no working hours from 1 to 7 October 2026.
    Figures figures = calculator.calculate(BUSINESS_HOURS, at("2026-10-01T00:00"), at("2026-10-08T00:00"),
        List.of(unplanned("2026-10-02T10:00", "2026-10-02T12:00")), LATER);

    assertThat(figures.agreedTime()).isZero();
    assertThat(figures.unavailableTime()).isZero();
    assertThat(figures.availability()).isNull();
    assertThat(figures.meets(new BigDecimal("0.99"))).isNull();
    assertThat(figures.outageCount()).isEqualTo(1);
  }
}
