package com.yuanjing.itsm.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

class BusinessCalendarHealthIndicatorTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final String LOCATION = "classpath:calendar/china-holidays.yaml";

  private static final HolidayCalendar HOLIDAYS_2025_2026 =
      new HolidayCalendar(Set.of(2025, 2026), Set.of(), Set.of());

  private static Health healthAt(String localDateTime) {
    Clock clock = Clock.fixed(
        LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant(), SHANGHAI);
    return new BusinessCalendarHealthIndicator(HOLIDAYS_2025_2026, LOCATION, clock).health();
  }

  @Test
  void decemberWarnsAboutTheComingYear() {
    Health health = healthAt("2026-12-15T10:00");

    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails())
        .containsEntry("coveredYears", List.of(2025, 2026))
        .containsEntry("missingYears", List.of(2027));
    assertThat((String) health.getDetails().get("warning"))
        .isEqualTo("2027 年的法定节假日与调休数据缺失，请按国务院通知更新节假日文件 " + LOCATION);
  }

  @Test
  void juneWithDataForThisAndNextYearHasNoWarning() {
    Health health = healthAt("2026-06-15T10:00");

    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails())
        .containsEntry("coveredYears", List.of(2025, 2026))
        .containsEntry("missingYears", List.of())
        .doesNotContainKey("warning");
  }

  @Test
  void comingYearIsCheckedFromNovember() {
    assertThat(healthAt("2026-10-31T23:59").getDetails()).containsEntry("missingYears", List.of());
    assertThat(healthAt("2026-11-01T00:00").getDetails())
        .containsEntry("missingYears", List.of(2027));
  }

  @Test
  void currentYearWithoutDataIsAlwaysReported() {
    Health health = healthAt("2027-03-01T10:00");

    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails()).containsEntry("missingYears", List.of(2027));
    assertThat((String) health.getDetails().get("warning")).startsWith("2027 年");
  }

  @Test
  void severalMissingYearsAreListedInOneWarning() {
    Health health = healthAt("2027-12-01T10:00");

    assertThat(health.getDetails()).containsEntry("missingYears", List.of(2027, 2028));
    assertThat((String) health.getDetails().get("warning")).startsWith("2027、2028 年");
  }
}
