package com.yuanjing.itsm.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yuanjing.itsm.change.FreezeCalendar.Period;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

class FreezeCalendarTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static final Period NATIONAL_DAY =
      new Period("国庆封网", LocalDate.parse("2026-09-30"), LocalDate.parse("2026-10-08"));

  private static Instant t(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
  }

  private static Period period(String name, String from, String to) {
    return new Period(name, LocalDate.parse(from), LocalDate.parse(to));
  }

  private static FreezeCalendar loadShipped() {
    return new ChangeWindowConfiguration()
        .freezeCalendar(FreezeCalendar.DEFAULT_LOCATION, new DefaultResourceLoader());
  }

  // --- the shipped file ------------------------------------------------------------------------

  @Test
  void shippedFileHasThe2026Periods() {
    assertThat(loadShipped().periods()).containsExactly(
        period("春节封网", "2026-02-13", "2026-02-24"),
        period("全国两会保障", "2026-03-04", "2026-03-11"),
        period("国庆封网", "2026-09-30", "2026-10-08"),
        period("年终结算封网", "2026-12-28", "2027-01-04"));
  }

  // --- loading through the configuration -------------------------------------------------------

  @Test
  void operatorFileReplacesTheShippedOne(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("change-freeze.yaml");
    Files.writeString(file, """
        periods:
          - name: 系统迁移封网
            from: 2027-05-01
            to: 2027-05-03
        """, StandardCharsets.UTF_8);
    FreezeCalendar calendar = new ChangeWindowConfiguration()
        .freezeCalendar("file:" + file, new DefaultResourceLoader());
    assertThat(calendar.periods()).containsExactly(period("系统迁移封网", "2027-05-01", "2027-05-03"));
  }

  @Test
  void missingFileStopsStartUp(@TempDir Path dir) {
    String location = "file:" + dir.resolve("absent.yaml");
    assertThatThrownBy(() -> new ChangeWindowConfiguration()
        .freezeCalendar(location, new DefaultResourceLoader()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(location)
        .hasMessageContaining("itsm.change.freeze-calendar");
  }

  @Test
  void invalidFileStopsStartUpNamingFileAndPeriod(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("change-freeze.yaml");
    Files.writeString(file, """
        periods:
          - name: 国庆封网
            from: 2026-10-08
            to: 2026-09-30
        """, StandardCharsets.UTF_8);
    String location = "file:" + file;
    assertThatThrownBy(() -> new ChangeWindowConfiguration()
        .freezeCalendar(location, new DefaultResourceLoader()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Invalid freeze calendar file " + location
            + ": period #1 国庆封网: 'from' 2026-10-08 is after 'to' 2026-09-30");
  }

  // --- overlap: whole days in the zone, the change as [start, end) ----------------------------

  @Test
  void changeEndingAtMidnightBeforeTheFirstDayDoesNotOverlap() {
    assertThat(NATIONAL_DAY.overlaps(t("2026-09-29T22:00"), t("2026-09-30T00:00"), SHANGHAI)).isFalse();
    assertThat(NATIONAL_DAY.overlaps(t("2026-09-29T22:00"), t("2026-09-30T00:01"), SHANGHAI)).isTrue();
  }

  @Test
  void changeStartingAtMidnightAfterTheLastDayDoesNotOverlap() {
    assertThat(NATIONAL_DAY.overlaps(t("2026-10-09T00:00"), t("2026-10-09T02:00"), SHANGHAI)).isFalse();
    assertThat(NATIONAL_DAY.overlaps(t("2026-10-08T23:59"), t("2026-10-09T02:00"), SHANGHAI)).isTrue();
  }

  @Test
  void changeInsideOrAroundThePeriodOverlaps() {
    assertThat(NATIONAL_DAY.overlaps(t("2026-10-03T22:00"), t("2026-10-04T02:00"), SHANGHAI)).isTrue();
    assertThat(NATIONAL_DAY.overlaps(t("2026-09-20T00:00"), t("2026-10-20T00:00"), SHANGHAI)).isTrue();
  }

  @Test
  void daysAreCountedInTheGivenZone() {
    // 2026-09-29 16:30 UTC is 2026-09-30 00:30 in Shanghai.
    Instant start = Instant.parse("2026-09-29T15:00:00Z");
    Instant end = Instant.parse("2026-09-29T16:30:00Z");
    assertThat(NATIONAL_DAY.overlaps(start, end, SHANGHAI)).isTrue();
    assertThat(NATIONAL_DAY.overlaps(start, end, ZoneOffset.UTC)).isFalse();
  }

  @Test
  void overlappingPeriodsAreAllowedAndAllReported() {
    FreezeCalendar calendar = FreezeCalendar.parse("""
        periods:
          - name: 国庆安保
            from: 2026-10-01
            to: 2026-10-03
          - name: 国庆封网
            from: 2026-09-30
            to: 2026-10-08
        """);
    assertThat(calendar.overlapping(t("2026-10-02T22:00"), t("2026-10-03T02:00"), SHANGHAI))
        .extracting(Period::name).containsExactly("国庆封网", "国庆安保");
    assertThat(calendar.overlapping(t("2026-10-05T22:00"), t("2026-10-06T02:00"), SHANGHAI))
        .extracting(Period::name).containsExactly("国庆封网");
    assertThat(calendar.overlapping(t("2026-10-10T22:00"), t("2026-10-11T02:00"), SHANGHAI))
        .isEmpty();
  }

  @Test
  void describesAPeriodInChinese() {
    assertThat(NATIONAL_DAY.description()).isEqualTo("国庆封网（2026-09-30 至 2026-10-08）");
  }

  // --- file format -----------------------------------------------------------------------------

  @Test
  void periodMayCrossNewYearAndNamesRepeatInOtherYears() {
    FreezeCalendar calendar = FreezeCalendar.parse("""
        periods:
          - name: 年终结算封网
            from: 2026-12-28
            to: 2027-01-04
          - name: 年终结算封网
            from: 2027-12-27
            to: 2028-01-03
          - name: 单日封网
            from: 2027-06-01
            to: 2027-06-01
        """);
    assertThat(calendar.periods()).extracting(Period::from).containsExactly(
        LocalDate.parse("2026-12-28"), LocalDate.parse("2027-06-01"), LocalDate.parse("2027-12-27"));
    assertThat(calendar.overlapping(t("2027-01-04T22:00"), t("2027-01-05T02:00"), SHANGHAI))
        .extracting(Period::from).containsExactly(LocalDate.parse("2026-12-28"));
  }

  @Test
  void emptyListMeansNoFreeze() {
    assertThat(FreezeCalendar.parse("periods: []").periods()).isEmpty();
  }

  @Test
  void rejectsDuplicateNameInOneYear() {
    assertThatThrownBy(() -> FreezeCalendar.parse("""
        periods:
          - name: 国庆封网
            from: 2026-09-30
            to: 2026-10-08
          - name: 国庆封网
            from: 2026-10-01
            to: 2026-10-07
        """))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid freeze calendar file <inline>: period #2 国庆封网: the name is used twice"
            + " in 2026 (also 2026-09-30 to 2026-10-08); give each period of a year its own name");
  }

  @Test
  void rejectsFromAfterTo() {
    assertThatThrownBy(() -> FreezeCalendar.parse("""
        periods:
          - name: 春节封网
            from: 2026-02-24
            to: 2026-02-13
        """))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("period #1 春节封网: 'from' 2026-02-24 is after 'to' 2026-02-13");
  }

  @Test
  void rejectsBadDates() {
    assertThatThrownBy(() -> FreezeCalendar.parse("""
        periods:
          - name: 春节封网
            from: 2026-2-13
            to: 2026-02-24
        """))
        .hasMessageContaining("period #1 春节封网: 'from' '2026-2-13' is not a date (expected yyyy-MM-dd)");
    assertThatThrownBy(() -> FreezeCalendar.parse("""
        periods:
          - name: 春节封网
            from: 2026-02-13
            to: 2026-02-30
        """))
        .hasMessageContaining("'to' '2026-02-30' is not a date");
  }

  @Test
  void rejectsMissingFields() {
    assertThatThrownBy(() -> FreezeCalendar.parse("""
        periods:
          - name: 春节封网
            from: 2026-02-13
        """))
        .hasMessageContaining("period #1 春节封网: 'to' is missing");
    assertThatThrownBy(() -> FreezeCalendar.parse("""
        periods:
          - from: 2026-02-13
            to: 2026-02-24
        """))
        .hasMessageContaining("period #1: has no name");
  }

  @Test
  void rejectsFileWithoutPeriodsList() {
    assertThatThrownBy(() -> FreezeCalendar.parse("{}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no 'periods:' list");
  }

  @Test
  void rejectsUnparseableYaml() {
    for (String yaml : List.of(
        "periods: [",                                             // broken syntax
        "periods:\n  - name: 春节封网\n    form: 2026-02-13\n    to: 2026-02-24\n", // misspelt key
        "periods: []\nperiods: []\n",                               // duplicate key
        "")) {
      assertThatThrownBy(() -> FreezeCalendar.parse(yaml))
          .as(yaml)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("Invalid freeze calendar file <inline>: ");
    }
    assertThatThrownBy(() -> FreezeCalendar.parse("periods: [")).hasMessageContaining("cannot parse YAML");
    assertThatThrownBy(() -> FreezeCalendar.parse(
        "periods:\n  - name: 春节封网\n    form: 2026-02-13\n    to: 2026-02-24\n"))
        .hasMessageContaining("(line ")
        .hasMessageContaining("Unrecognized field \"form\"");
  }
}
