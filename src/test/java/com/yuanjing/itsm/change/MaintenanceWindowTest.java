package com.yuanjing.itsm.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MaintenanceWindowTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  // 2026-06-12 is a Friday, 2026-06-13 a Saturday, 2026-06-14 a Sunday.
  private static ZonedDateTime t(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SHANGHAI);
  }

  private static final MaintenanceWindow SATURDAY_NIGHT =
      MaintenanceWindow.parse("online-banking", "SATURDAY 22:00-06:00");
  private static final MaintenanceWindow FRIDAY_EVENING =
      MaintenanceWindow.parse("office-oa", "FRIDAY 18:00-23:00");

  // --- parsing ---------------------------------------------------------------------------------

  @Test
  void parsesDayAndTimes() {
    assertThat(SATURDAY_NIGHT).isEqualTo(
        new MaintenanceWindow(DayOfWeek.SATURDAY, LocalTime.of(22, 0), LocalTime.of(6, 0)));
    assertThat(SATURDAY_NIGHT.overnight()).isTrue();
    assertThat(FRIDAY_EVENING.overnight()).isFalse();
  }

  @Test
  void dayIsCaseInsensitiveAndBlanksAroundTheDashAreAllowed() {
    assertThat(MaintenanceWindow.parse("s", "  saturday 22:00 - 06:00 ")).isEqualTo(SATURDAY_NIGHT);
    assertThat(MaintenanceWindow.parse("s", "Saturday 22:00-06:00")).isEqualTo(SATURDAY_NIGHT);
  }

  @Test
  void endOf2400MeansMidnightAtTheEndOfTheDay() {
    MaintenanceWindow window = MaintenanceWindow.parse("s", "FRIDAY 18:00-24:00");
    assertThat(window.end()).isEqualTo(LocalTime.MIDNIGHT);
    assertThat(window.contains(t("2026-06-12T18:00"), t("2026-06-13T00:00"))).isTrue();
    assertThat(window.contains(t("2026-06-12T18:00"), t("2026-06-13T00:01"))).isFalse();
    assertThat(window.description()).isEqualTo("周五 18:00–次日 00:00");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SATERDAY 22:00-06:00", // misspelt day
      "周六 22:00-06:00", // Chinese day name
      "SATURDAY 22-06", // no minutes
      "SATURDAY 9:00-12:00", // one-digit hour
      "SATURDAY 25:00-06:00", // no such hour
      "SATURDAY 22:60-06:00", // no such minute
      "SATURDAY 24:00-06:00", // 24:00 only as an end
      "SATURDAY 22:00", // no end
      "SATURDAY 22:00–06:00", // en dash as in the Chinese description
      "SATURDAY 22:00-06:00 SUNDAY", // trailing text
      "22:00-06:00", // no day
      ""})
  void rejectsMalformedTextNamingServiceAndText(String text) {
    assertThatThrownBy(() -> MaintenanceWindow.parse("online-banking", text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("itsm.services: service online-banking has an invalid maintenance window '"
            + text + "'");
  }

  @Test
  void errorMessageSaysWhatIsWrong() {
    assertThatThrownBy(() -> MaintenanceWindow.parse("online-banking", "SATERDAY 22:00-06:00"))
        .hasMessageContaining("'SATERDAY' is not a day of the week");
    assertThatThrownBy(() -> MaintenanceWindow.parse("online-banking", "SATURDAY 22:00-25:00"))
        .hasMessageContaining("'25:00' is not a time of day HH:mm");
    assertThatThrownBy(() -> MaintenanceWindow.parse("online-banking", "SATURDAY"))
        .hasMessageContaining("expected \"<DAY-OF-WEEK> HH:mm-HH:mm\"");
  }

  @Test
  void rejectsMissingText() {
    assertThatThrownBy(() -> MaintenanceWindow.parse("online-banking", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("service online-banking")
        .hasMessageContaining("empty");
  }

  // --- descriptions ----------------------------------------------------------------------------

  @Test
  void describesWindowsInChinese() {
    assertThat(SATURDAY_NIGHT.description()).isEqualTo("周六 22:00–次日 06:00");
    assertThat(FRIDAY_EVENING.description()).isEqualTo("周五 18:00–23:00");
    assertThat(MaintenanceWindow.parse("s", "SUNDAY 01:00-05:00").description())
        .isEqualTo("周日 01:00–05:00");
    assertThat(MaintenanceWindow.parse("s", "MONDAY 00:00-00:00").description())
        .isEqualTo("周一 00:00–次日 00:00");
  }

  @Test
  void toStringIsTheConfigurationForm() {
    assertThat(MaintenanceWindow.parse("s", "saturday 22:00 - 06:00"))
        .hasToString("SATURDAY 22:00-06:00");
  }

  // --- contains: a window over midnight --------------------------------------------------------

  @Test
  void overnightWindowContainsChangesUpToBothEdges() {
    assertThat(SATURDAY_NIGHT.contains(t("2026-06-13T22:00"), t("2026-06-14T06:00"))).isTrue();
    assertThat(SATURDAY_NIGHT.contains(t("2026-06-13T23:00"), t("2026-06-14T02:00"))).isTrue();
    assertThat(SATURDAY_NIGHT.contains(t("2026-06-13T22:00"), t("2026-06-13T23:59"))).isTrue();
  }

  @Test
  void changeStartingAfterMidnightBelongsToThePreviousDaysWindow() {
    assertThat(SATURDAY_NIGHT.contains(t("2026-06-14T00:00"), t("2026-06-14T01:00"))).isTrue();
    assertThat(SATURDAY_NIGHT.contains(t("2026-06-14T01:00"), t("2026-06-14T05:00"))).isTrue();
  }

  @Test
  void changePartlyOutsideIsNotContained() {
    assertThat(SATURDAY_NIGHT.contains(t("2026-06-13T21:59"), t("2026-06-13T23:00"))).isFalse();
    assertThat(SATURDAY_NIGHT.contains(t("2026-06-13T23:00"), t("2026-06-14T06:01"))).isFalse();
    assertThat(SATURDAY_NIGHT.contains(t("2026-06-14T05:00"), t("2026-06-14T07:00"))).isFalse();
  }

  @Test
  void changeOnOtherDaysIsNotContained() {
    // Friday night and Sunday night have the same times but the window opens on Saturday.
    assertThat(SATURDAY_NIGHT.contains(t("2026-06-12T22:00"), t("2026-06-13T02:00"))).isFalse();
    assertThat(SATURDAY_NIGHT.contains(t("2026-06-14T22:00"), t("2026-06-15T02:00"))).isFalse();
    // Saturday morning belongs to the window opened on Friday, which does not exist.
    assertThat(SATURDAY_NIGHT.contains(t("2026-06-13T01:00"), t("2026-06-13T02:00"))).isFalse();
  }

  @Test
  void changeSpanningTwoOccurrencesIsNotContained() {
    assertThat(SATURDAY_NIGHT.contains(t("2026-06-13T23:00"), t("2026-06-20T23:00"))).isFalse();
  }

  // --- contains: a window on one day -----------------------------------------------------------

  @Test
  void sameDayWindow() {
    assertThat(FRIDAY_EVENING.contains(t("2026-06-12T18:00"), t("2026-06-12T23:00"))).isTrue();
    assertThat(FRIDAY_EVENING.contains(t("2026-06-12T17:59"), t("2026-06-12T19:00"))).isFalse();
    assertThat(FRIDAY_EVENING.contains(t("2026-06-12T22:00"), t("2026-06-12T23:01"))).isFalse();
    // just after midnight on Saturday is not inside Friday's window, which closed at 23:00
    assertThat(FRIDAY_EVENING.contains(t("2026-06-13T00:10"), t("2026-06-13T00:20"))).isFalse();
  }

  @Test
  void equalStartAndEndIsAWholeDay() {
    MaintenanceWindow saturday = MaintenanceWindow.parse("s", "SATURDAY 00:00-00:00");
    assertThat(saturday.contains(t("2026-06-13T00:00"), t("2026-06-14T00:00"))).isTrue();
    assertThat(saturday.contains(t("2026-06-13T23:00"), t("2026-06-14T00:30"))).isFalse();
  }

  @Test
  void usesTheZoneOfTheStart() {
    // The end written in UTC is the same instant as Sunday 02:00 in Shanghai.
    ZonedDateTime endUtc = t("2026-06-14T02:00").withZoneSameInstant(ZoneOffset.UTC);
    assertThat(SATURDAY_NIGHT.contains(t("2026-06-13T23:00"), endUtc)).isTrue();
    // Saturday 23:00 in UTC is Sunday 07:00 in Shanghai: inside a UTC window, not a Shanghai one.
    ZonedDateTime startUtc = ZonedDateTime.of(2026, 6, 13, 23, 0, 0, 0, ZoneOffset.UTC);
    assertThat(SATURDAY_NIGHT.contains(startUtc, startUtc.plusHours(1))).isTrue();
    assertThat(SATURDAY_NIGHT.contains(startUtc.withZoneSameInstant(SHANGHAI),
        startUtc.plusHours(1).withZoneSameInstant(SHANGHAI))).isFalse();
  }
}
