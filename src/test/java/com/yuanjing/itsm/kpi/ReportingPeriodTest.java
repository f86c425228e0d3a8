package com.yuanjing.itsm.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportingPeriodTest {

  @Test
  void quarterMonthAndYearStartAndEndAtMidnightInBeijing() {
    assertThat(ReportingPeriod.parse("2026-Q4")).isEqualTo(new ReportingPeriod("2026-Q4",
        Instant.parse("2026-09-30T16:00:00Z"), Instant.parse("2026-12-31T16:00:00Z")));
    assertThat(ReportingPeriod.parse("2026-02")).isEqualTo(new ReportingPeriod("2026-02",
        Instant.parse("2026-01-31T16:00:00Z"), Instant.parse("2026-02-28T16:00:00Z")));
    assertThat(ReportingPeriod.parse(" 2026 ")).isEqualTo(new ReportingPeriod("2026",
        Instant.parse("2025-12-31T16:00:00Z"), Instant.parse("2026-12-31T16:00:00Z")));
  }

  @Test
  void aKpiCountedByQuarterOrByYearTakesOnlyThatForm() {
    assertThat(ReportingPeriod.parseQuarter("2026-Q4", "容量事件次数").label()).isEqualTo("2026-Q4");
    assertThat(ReportingPeriod.parseYear("2026", "信息泄露次数").label()).isEqualTo("2026");
    assertThatThrownBy(() -> ReportingPeriod.parseQuarter("2026-11", "容量事件次数"))
        .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.errors())
            .containsExactly(new FieldError("period", "统计周期", "“2026-11”无效，容量事件次数按季度统计，格式为 2026-Q4")));
    assertThatThrownBy(() -> ReportingPeriod.parseYear("2026-Q1", "信息泄露次数"))
        .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.errors())
            .containsExactly(new FieldError("period", "统计周期", "“2026-Q1”无效，信息泄露次数按年统计，格式为 2026")));
  }

  @Test
  void quarterOfAnInstantIsTakenInBeijing() {
    // 30 September 2026, 16:30 UTC is already 1 October in Beijing
    assertThat(ReportingPeriod.quarterOf(Instant.parse("2026-09-30T16:30:00Z")).label()).isEqualTo("2026-Q4");
    assertThat(ReportingPeriod.quarterOf(Instant.parse("2026-09-30T15:59:59Z")).label()).isEqualTo("2026-Q3");
  }

  @Test
  void thePeriodBeforeCrossesYearEnds() {
    assertThat(ReportingPeriod.parse("2026-01").previous().label()).isEqualTo("2025-12");
    assertThat(ReportingPeriod.parse("2026-Q1").previous().label()).isEqualTo("2025-Q4");
    assertThat(ReportingPeriod.parse("2026").previous().label()).isEqualTo("2025");
    assertThat(ReportingPeriod.parse("2026-Q1").type()).isEqualTo(ReportingPeriod.Type.QUARTER);
  }

  @Test
  void thePeriodContainingAnInstantIsTakenInBeijing() {
    Instant newYearInBeijing = Instant.parse("2026-12-31T16:00:00Z");
    assertThat(ReportingPeriod.containing(newYearInBeijing, ReportingPeriod.Type.MONTH).label()).isEqualTo("2027-01");
    assertThat(ReportingPeriod.containing(newYearInBeijing.minusMillis(1), ReportingPeriod.Type.MONTH).label())
        .isEqualTo("2026-12");
    assertThat(ReportingPeriod.containing(newYearInBeijing, ReportingPeriod.Type.YEAR).label()).isEqualTo("2027");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "2026-Q5", "2026-Q0", "2026-13", "2026-1", "26", "Q4-2026", "2026/11"})
  void anythingElseIsRefusedNamingTheField(String period) {
    assertThatThrownBy(() -> ReportingPeriod.parse(period)).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(FieldError::field, FieldError::label)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("period", "统计周期")));
  }
}
