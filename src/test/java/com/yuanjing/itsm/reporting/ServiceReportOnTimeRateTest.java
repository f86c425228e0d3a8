package com.yuanjing.itsm.reporting;

import static com.yuanjing.itsm.reporting.ReportingFixture.request;
import static com.yuanjing.itsm.testsupport.ProcessTests.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yuanjing.itsm.servicelevel.ItService;
import com.yuanjing.itsm.servicelevel.ServiceDirectory;
import com.yuanjing.itsm.testsupport.TestProcessEngine;
import com.yuanjing.itsm.validation.InvalidInputException;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 服务报告提交及时率, known answers: reports driven through the real process on the engine clock, then counted
 * by the SQL over the engine's history.
 */
@Tag("database")
@Deployment(resources = {
    "processes/service-reporting.bpmn", "processes/service-report-scheduling.bpmn",
    "forms/reporting/request-report.form", "forms/reporting/draft-report.form",
    "forms/reporting/review-report.form", "forms/reporting/approve-report.form",
    "forms/reporting/submit-report.form"})
class ServiceReportOnTimeRateTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder(TestProcessEngine.configuration("reporting-kpi")).build();

  @AfterEach
  void reset() {
    ClockUtil.reset();
    Mocks.reset();
  }

  @Test
  void quarterCountsTheReportsDueInItOnTimeLateOrOverdueButNotCancelledOrNotYetDue() {
    // services without customers: the monthly run, should it fire, starts no report of its own
    ReportingFixture reports = new ReportingFixture(extension.getProcessEngine(),
        ServiceDirectory.of(List.of(new ItService("online-banking", "网上银行系统", "GOLD"))));
    ReportingStatistics statistics = reports.statistics();
    at("2026-11-02T10:00");
    ProcessInstance a = reports.start(request("2026-11-20T18:00+08:00"));
    ProcessInstance b = reports.start(request("2026-11-20T18:00+08:00"));
    ProcessInstance c = reports.start(request("2026-12-31T23:00+08:00")); // last hour of Q4 in Beijing
    ProcessInstance e = reports.start(request("2027-01-01T00:00+08:00")); // Q1 in Beijing, still 2026 in UTC
    ProcessInstance f = reports.start(request("2026-11-20T18:00+08:00"));
    ProcessInstance g = reports.start(request("2026-12-10T18:00+08:00")); // never submitted

    at("2026-11-10T10:00");
    reports.deliver(a);
    reports.cancel(f);
    at("2026-11-19T10:00");
    reports.deliver(b);

    at("2026-12-05T10:00");
    OnTimeRate early = statistics.onTimeRate("2026-Q4");
    assertThat(early.due()).as("c and g are not due yet").isEqualTo(2);
    assertThat(early.onTime()).isEqualTo(2);
    assertThat(early.pending()).isEqualTo(2);
    assertThat(early.rate()).isEqualTo(1.0);
    assertThat(early.status()).isEqualTo("达标");

    at("2026-12-31T22:00");
    reports.deliver(c);
    at("2027-01-05T10:00");
    reports.deliver(e);

    OnTimeRate quarter = statistics.onTimeRate("2026-Q4");
    assertThat(quarter.due()).isEqualTo(4);
    assertThat(quarter.onTime()).isEqualTo(3);
    assertThat(quarter.submittedLate()).isZero();
    assertThat(quarter.overdueNotSubmitted()).isEqualTo(1);
    assertThat(quarter.pending()).isZero();
    assertThat(quarter.rate()).isEqualTo(0.75);
    assertThat(quarter.target()).isEqualTo(0.95);
    assertThat(quarter.status()).isEqualTo("未达标");
    assertThat(quarter.lateReports()).containsExactly(g.getBusinessKey());
    assertThat(statistics.onTimeRate("2026")).usingRecursiveComparison().ignoringFields("period", "from", "to")
        .isEqualTo(quarter);

    OnTimeRate november = statistics.onTimeRate("2026-11");
    assertThat(november.due()).as("a and b; f was cancelled").isEqualTo(2);
    assertThat(november.rate()).isEqualTo(1.0);
    assertThat(statistics.onTimeRate("2026-12").rate()).isEqualTo(0.5);

    OnTimeRate nextQuarter = statistics.onTimeRate("2027-Q1");
    assertThat(nextQuarter.due()).isEqualTo(1);
    assertThat(nextQuarter.submittedLate()).isEqualTo(1);
    assertThat(nextQuarter.rate()).isEqualTo(0.0);
    assertThat(nextQuarter.lateReports()).containsExactly(e.getBusinessKey());

    OnTimeRate empty = statistics.onTimeRate("2027-02");
    assertThat(empty.due()).isZero();
    assertThat(empty.rate()).isNull();
    assertThat(empty.status()).isEqualTo("无应提交报告");

    assertThatThrownBy(() -> statistics.onTimeRate("2026-Q5")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("统计周期");
  }
}
