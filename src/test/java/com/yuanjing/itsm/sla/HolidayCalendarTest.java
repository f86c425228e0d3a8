package com.yuanjing.itsm.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HolidayCalendarTest {

  private static HolidayCalendar shipped;

  @BeforeAll
  static void loadShippedFile() throws IOException {
    try (InputStream in = HolidayCalendarTest.class.getResourceAsStream(
        "/calendar/china-holidays.yaml")) {
      shipped = HolidayCalendarLoader.load(in, "china-holidays.yaml");
    }
  }

  private static LocalDate d(String date) {
    return LocalDate.parse(date);
  }

  private static List<LocalDate> daysOf(int year, Predicate<LocalDate> filter) {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
      if (filter.test(day)) {
        days.add(day);
      }
    }
    return days;
  }

  private static List<LocalDate> range(String first, String last) {
    return d(first).datesUntil(d(last).plusDays(1)).toList();
  }

  private static List<LocalDate> concat(List<LocalDate>... parts) {
    List<LocalDate> all = new ArrayList<>();
    for (List<LocalDate> part : parts) {
      all.addAll(part);
    }
    return all;
  }

  // --- the shipped data, checked against the State Council notices ---------------------------

  @Test
  void shippedFileCoversExactly2025And2026() {
    assertThat(shipped.coveredYears()).containsExactly(2025, 2026);
  }

  @Test
  void shipped2025MatchesTheNotice() {
    assertThat(daysOf(2025, shipped::isOffDay)).containsExactlyElementsOf(concat(
        range("2025-01-01", "2025-01-01"),
        range("2025-01-28", "2025-02-04"),
        range("2025-04-04", "2025-04-06"),
        range("2025-05-01", "2025-05-05"),
        range("2025-05-31", "2025-06-02"),
        range("2025-10-01", "2025-10-08")));
    assertThat(daysOf(2025, shipped::isMakeUpWorkday)).containsExactly(
        d("2025-01-26"), d("2025-02-08"), d("2025-04-27"), d("2025-09-28"), d("2025-10-11"));
  }

  @Test
  void shipped2026MatchesTheNotice() {
    assertThat(daysOf(2026, shipped::isOffDay)).containsExactlyElementsOf(concat(
        range("2026-01-01", "2026-01-03"),
        range("2026-02-15", "2026-02-23"),
        range("2026-04-04", "2026-04-06"),
        range("2026-05-01", "2026-05-05"),
        range("2026-06-19", "2026-06-21"),
        range("2026-09-25", "2026-09-27"),
        range("2026-10-01", "2026-10-07")));
    assertThat(daysOf(2026, shipped::isMakeUpWorkday)).containsExactly(
        d("2026-01-04"), d("2026-02-14"), d("2026-02-28"), d("2026-05-09"), d("2026-09-20"),
        d("2026-10-10"));
  }

  @Test
  void workingDayRule() {
    assertThat(shipped.isWorkingDay(d("2026-11-27"))).as("ordinary Friday").isTrue();
    assertThat(shipped.isWorkingDay(d("2026-11-28"))).as("ordinary Saturday").isFalse();
    assertThat(shipped.isWorkingDay(d("2026-11-29"))).as("ordinary Sunday").isFalse();
    assertThat(shipped.isWorkingDay(d("2026-10-08"))).as("Thursday after National Day").isTrue();
    assertThat(shipped.isWorkingDay(d("2026-10-05"))).as("National Day Monday").isFalse();
    assertThat(shipped.isWorkingDay(d("2026-10-10"))).as("make-up Saturday").isTrue();
    assertThat(shipped.isWorkingDay(d("2026-10-11"))).as("Sunday after make-up day").isFalse();
    assertThat(shipped.isWorkingDay(d("2025-01-26"))).as("make-up Sunday 2025").isTrue();
    assertThat(shipped.isWorkingDay(d("2027-10-01"))).as("2027 without data: weekday").isTrue();
  }

  @Test
  void missingYears() {
    assertThat(shipped.missingYears(2026, 2027, 2027, 2024)).containsExactly(2027, 2024);
    assertThat(shipped.missingYears(2025, 2026)).isEmpty();
    assertThat(shipped.missingYears()).isEmpty();
  }

  @Test
  void emptyCalendarIsMondayToFriday() {
    HolidayCalendar empty = HolidayCalendar.empty();
    assertThat(empty.coveredYears()).isEmpty();
    assertThat(empty.isWorkingDay(d("2026-10-01"))).isTrue();
    assertThat(empty.isWorkingDay(d("2026-10-10"))).isFalse();
  }

  @Test
  void calendarIsImmutable() {
    assertThatThrownBy(() -> shipped.coveredYears().add(2099))
        .isInstanceOf(UnsupportedOperationException.class);
    Set<Integer> years = new java.util.HashSet<>(Set.of(2026));
    HolidayCalendar calendar = new HolidayCalendar(years, Set.of(), Set.of());
    years.add(2027);
    assertThat(calendar.coveredYears()).containsExactly(2026);
  }

  // --- parsing and validation --------------------------------------------------------------

  @Test
  void parsesTheDocumentedFormat() {
    HolidayCalendar calendar = HolidayCalendarLoader.parse("""
        years:
          2027:
            - name: 元旦
              off: 2027-01-01          # a single day may be written without brackets
            - name: 国庆节
              off: [2027-10-01, 2027-10-07]
              workdays: [2027-09-26, 2027-10-09]
        """);
    assertThat(calendar.coveredYears()).containsExactly(2027);
    assertThat(calendar.isOffDay(d("2027-01-01"))).isTrue();
    assertThat(calendar.isOffDay(d("2027-10-07"))).isTrue();
    assertThat(calendar.isOffDay(d("2027-10-08"))).isFalse();
    assertThat(calendar.isWorkingDay(d("2027-10-09"))).isTrue();
  }

  private static void assertInvalid(String yaml, String... messageParts) {
    assertThatThrownBy(() -> HolidayCalendarLoader.parse(yaml))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Invalid holiday file")
        .hasMessageContainingAll(messageParts);
  }

  @Test
  void rejectsDateOutsideTheDeclaredYear() {
    assertInvalid("""
        years:
          2027:
            - name: 元旦
              off: [2026-12-31, 2027-01-01]
        """, "year 2027, holiday 元旦", "2026-12-31", "outside the year 2027");
  }

  @Test
  void rejectsFirstDayAfterLastDay() {
    assertInvalid("""
        years:
          2026:
            - name: 国庆节
              off: [2026-10-07, 2026-10-01]
        """, "year 2026, holiday 国庆节", "is after");
  }

  @Test
  void rejectsMakeUpDayThatIsNotAWeekend() {
    assertInvalid("""
        years:
          2026:
            - name: 国庆节
              off: [2026-10-01, 2026-10-07]
              workdays: [2026-10-09]
        """, "year 2026, holiday 国庆节", "2026-10-09", "FRIDAY");
  }

  @Test
  void rejectsDayOffDeclaredTwice() {
    assertInvalid("""
        years:
          2026:
            - name: 中秋节
              off: [2026-09-25, 2026-10-01]
            - name: 国庆节
              off: [2026-10-01, 2026-10-07]
        """, "holiday 国庆节", "2026-10-01", "twice");
  }

  @Test
  void rejectsMakeUpDayDeclaredTwice() {
    assertInvalid("""
        years:
          2026:
            - name: 春节
              off: [2026-02-15, 2026-02-23]
              workdays: [2026-02-14, 2026-02-14]
        """, "holiday 春节", "2026-02-14", "twice");
  }

  @Test
  void rejectsMakeUpDayInsideTheHoliday() {
    assertInvalid("""
        years:
          2026:
            - name: 国庆节
              off: [2026-10-01, 2026-10-07]
              workdays: [2026-10-03]
        """, "holiday 国庆节", "2026-10-03", "also a day off");
    assertInvalid("""
        years:
          2026:
            - name: 中秋节
              off: [2026-09-25, 2026-09-27]
              workdays: [2026-10-03]
            - name: 国庆节
              off: [2026-10-01, 2026-10-07]
        """, "holiday 国庆节", "2026-10-03", "also a make-up working day");
  }

  @Test
  void rejectsUnparseableDate() {
    assertInvalid("""
        years:
          2026:
            - name: 国庆节
              off: [2026-10-01, 2026-10-32]
        """, "year 2026, holiday 国庆节", "2026-10-32", "not a date");
  }

  @Test
  void rejectsOffWithMoreThanTwoDates() {
    assertInvalid("""
        years:
          2026:
            - name: 国庆节
              off: [2026-10-01, 2026-10-02, 2026-10-07]
        """, "holiday 国庆节", "[first, last]");
  }

  @Test
  void rejectsHolidayWithoutName() {
    assertInvalid("""
        years:
          2026:
            - off: [2026-10-01, 2026-10-07]
        """, "year 2026", "#1 has no name");
  }

  @Test
  void rejectsYearWithoutHolidays() {
    assertInvalid("""
        years:
          2027: []
        """, "year 2027", "no holidays");
  }

  @Test
  void rejectsFileWithoutYears() {
    assertInvalid("years: {}\n", "no years");
  }

  @Test
  void rejectsBrokenYaml() {
    assertInvalid("years:\n  2026: [\n", "cannot parse YAML");
  }

  @Test
  void rejectsMisspelledKey() {
    assertInvalid("""
        years:
          2026:
            - name: 国庆节
              off: [2026-10-01, 2026-10-07]
              workday: [2026-10-10]
        """, "cannot parse YAML", "workday");
  }

  @Test
  void rejectsYearDeclaredTwice() {
    assertInvalid("""
        years:
          2026:
            - name: 元旦
              off: [2026-01-01]
          2026:
            - name: 国庆节
              off: [2026-10-01]
        """, "cannot parse YAML", "2026");
  }

  @Test
  void errorNamesTheSource() {
    InputStream in = new ByteArrayInputStream(
        "years:\n  2026:\n    - name: X\n      off: [2025-01-01]\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> HolidayCalendarLoader.load(in, "file:/etc/yuanjing/h.yaml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("file:/etc/yuanjing/h.yaml");
  }
}
