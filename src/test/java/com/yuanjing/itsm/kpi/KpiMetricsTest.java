package com.yuanjing.itsm.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The KPI gauges: values of each KPI's current period, counted at most once per cache time. */
class KpiMetricsTest {

  static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
  static final ReportingPeriod NOVEMBER = ReportingPeriod.parse("2026-11");

  final KpiService kpis = mock(KpiService.class);
  final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  @BeforeEach
  void bind() {
    ClockUtil.setCurrentTime(Date.from(NOW));
    when(kpis.periodOf(any(), any())).thenReturn(NOVEMBER);
    when(kpis.value(eq(Kpi.INCIDENT_RESPONSE), eq(NOVEMBER), isNull())).thenReturn(value("90.0", KpiStatus.NOT_MET));
    when(kpis.value(eq(Kpi.INCIDENT_RESOLUTION), eq(NOVEMBER), isNull())).thenReturn(value("92.5", KpiStatus.MET));
    when(kpis.value(eq(Kpi.CHANGE_SUCCESS), eq(NOVEMBER), isNull())).thenReturn(value(null, null));
    when(kpis.value(eq(Kpi.OUTAGES), eq(NOVEMBER), isNull())).thenThrow(new IllegalStateException("database down"));
    new KpiMetrics(kpis, new KpiMetricsSettings(Duration.ofSeconds(60))).bindTo(registry);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void gaugesShowValueTargetAndWhetherItIsMetTaggedWithTheKpi() {
    assertThat(gauge("itsm.kpi.value", Kpi.INCIDENT_RESPONSE)).isEqualTo(90.0);
    assertThat(gauge("itsm.kpi.target", Kpi.INCIDENT_RESPONSE)).isEqualTo(95.0);
    assertThat(gauge("itsm.kpi.met", Kpi.INCIDENT_RESPONSE)).isEqualTo(0);
    assertThat(gauge("itsm.kpi.met", Kpi.INCIDENT_RESOLUTION)).isEqualTo(1);
    assertThat(registry.get("itsm.kpi.value").tag("kpi", "incident-response").gauge().getId().getTag("name"))
        .isEqualTo("事件响应及时率");
    assertThat(registry.get("itsm.kpi.value").gauges()).hasSize(Kpi.values().length);
  }

  @Test
  void withoutDataOrWhenAKpiCannotBeCountedTheGaugesAreNotANumber() {
    assertThat(gauge("itsm.kpi.value", Kpi.CHANGE_SUCCESS)).isNaN();
    assertThat(gauge("itsm.kpi.met", Kpi.CHANGE_SUCCESS)).isNaN();
    assertThat(gauge("itsm.kpi.target", Kpi.CHANGE_SUCCESS)).isEqualTo(95.0);
    assertThat(gauge("itsm.kpi.value", Kpi.OUTAGES)).isNaN();
    assertThat(gauge("itsm.kpi.value", Kpi.INCIDENT_RESPONSE)).as("the others still count").isEqualTo(90.0);
  }

  @Test
  void eachKpiIsCountedForItsCurrentPeriodOncePerCacheTime() {
    registry.get("itsm.kpi.value").gauges().forEach(gauge -> gauge.value());
    registry.get("itsm.kpi.target").gauges().forEach(gauge -> gauge.value());
    ClockUtil.setCurrentTime(Date.from(NOW.plusSeconds(59)));
    gauge("itsm.kpi.met", Kpi.INCIDENT_RESPONSE);

    verify(kpis).periodOf(Kpi.INCIDENT_RESPONSE, NOW);
    verify(kpis, times(1)).value(Kpi.INCIDENT_RESPONSE, NOVEMBER, null);

    ClockUtil.setCurrentTime(Date.from(NOW.plusSeconds(60)));
    gauge("itsm.kpi.value", Kpi.INCIDENT_RESPONSE);

    verify(kpis).periodOf(Kpi.INCIDENT_RESPONSE, NOW.plusSeconds(60));
    verify(kpis, times(2)).value(Kpi.INCIDENT_RESPONSE, NOVEMBER, null);
  }

  private double gauge(String name, Kpi kpi) {
    return registry.get(name).tag("kpi", kpi.id()).gauge().value();
  }

  private static KpiValue value(String percent, String status) {
    return new KpiValue("x", "x", "2026-11", NOVEMBER.start(), NOVEMBER.end(), Kpi.Measure.RATE, "%", "≥",
        new BigDecimal("95.0"), "月", 0, 0, percent == null ? null : new BigDecimal(percent), status, List.of(),
        List.of());
  }
}
