package com.yuanjing.itsm.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yuanjing.itsm.validation.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportingPeriodTest {

  @Test
  void quarterMonthAndYearRunFromMidnightToMidnightInBeijing() {
    assertThat(ReportingPeriod.parse("2026-Q4")).isEqualTo(new ReportingPeriod(
        Instant.parse("2026-09-30T16:00:00Z"), Instant.parse("2026-12-31T16:00:00Z")));
    assertThat(ReportingPeriod.parse("2026-11")).isEqualTo(new ReportingPeriod(
        Instant.parse("2026-10-31T16:00:00Z"), Instant.parse("2026-11-30T16:00:00Z")));
    assertThat(ReportingPeriod.parse(" 2026 ")).isEqualTo(new ReportingPeriod(
        Instant.parse("2025-12-31T16:00:00Z"), Instant.parse("2026-12-31T16:00:00Z")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2026-Q5", "2026-13", "2026-1", "26-Q1", "2026Q4", "Q4-2026"})
  void anythingElseIsRefusedNamingThePeriod(String text) {
    assertThatThrownBy(() -> ReportingPeriod.parse(text)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("统计周期");
    assertThatThrownBy(() -> ReportingPeriod.parse(null)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("统计周期：不能为空");
  }
}
