package com.yuanjing.itsm.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which periods close when a month begins: each KPI's own period, in Beijing time. */
class KpiReviewsTest {

  private final KpiService kpis = mock(KpiService.class);
  private final ProcessEngine engine = mock(ProcessEngine.class);
  private final KpiReviews reviews = new KpiReviews(kpis, KpiReviewFixture.objectives(), engine);

  @Test
  void firstOfFebruaryClosesJanuaryForTheMonthlyKpisOnly() {
    assertThat(closedAt("2026-01-31T18:00:00Z")).containsExactly(
        "incident-response 2026-01", "incident-resolution 2026-01", "availability 2026-01", "outages 2026-01");
  }

  @Test
  void firstOfAprilClosesMarchAndTheFirstQuarter() {
    assertThat(closedAt("2026-03-31T18:00:00Z")).containsExactly("sla-attainment 2026-Q1",
        "report-on-time 2026-Q1", "incident-response 2026-03", "incident-resolution 2026-03",
        "problem-resolution 2026-Q1", "change-success 2026-Q1", "release-success 2026-Q1",
        "configuration-accuracy 2026-Q1", "availability 2026-03", "outages 2026-03", "capacity-incidents 2026-Q1");
  }

  @Test
  void firstOfJanuaryClosesDecemberTheFourthQuarterAndTheYear() {
    assertThat(closedAt("2026-12-31T18:00:00Z")).containsExactly("sla-attainment 2026-Q4",
        "report-on-time 2026-Q4", "incident-response 2026-12", "incident-resolution 2026-12",
        "problem-resolution 2026-Q4", "change-success 2026-Q4", "release-success 2026-Q4",
        "configuration-accuracy 2026-Q4", "availability 2026-12", "outages 2026-12", "capacity-incidents 2026-Q4",
        "information-leaks 2026");
  }

  @ParameterizedTest
  @CsvSource({
    // 1 February 01:59 in Beijing is still 1 February: the server's zone does not matter
    "2026-01-31T17:59:00Z, 4",
    // a review that runs late, or again, later in the month finds the same periods
    "2026-02-27T15:59:59Z, 4",
    "2026-04-30T15:59:59Z, 11",
    // the last instant of 31 December in Beijing still belongs to December
    "2026-12-31T15:59:59Z, 4"})
  void theMonthInBeijingDecides(String now, int closed) {
    assertThat(reviews.closedPeriods(Instant.parse(now))).hasSize(closed);
  }

  @Test
  void aKpiJudgedByAnotherPeriodClosesWithThatPeriod() {
    Map<String, KpiObjectives.Objective> objectives = new HashMap<>(KpiReviewFixture.objectives().objectives());
    objectives.put("incident-response", new KpiObjectives.Objective(0.95, ReportingPeriod.Type.QUARTER));
    KpiReviews quarterly = new KpiReviews(kpis, new KpiObjectives(6, objectives), engine);

    assertThat(quarterly.closedPeriods(Instant.parse("2026-01-31T18:00:00Z")))
        .extracting(KpiReviews.KpiPeriod::kpi).doesNotContain(Kpi.INCIDENT_RESPONSE);
    assertThat(quarterly.closedPeriods(Instant.parse("2026-06-30T18:00:00Z")))
        .extracting(KpiReviews.KpiPeriod::businessKey).contains("KPI-incident-response-2026-Q2");
    verifyNoInteractions(kpis, engine);
  }

  private List<String> closedAt(String now) {
    return reviews.closedPeriods(Instant.parse(now)).stream()
        .map(closed -> closed.kpi().id() + " " + closed.period().label()).toList();
  }
}
