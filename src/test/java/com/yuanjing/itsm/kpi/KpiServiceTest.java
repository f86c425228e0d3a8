package com.yuanjing.itsm.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.yuanjing.itsm.servicelevel.CatalogueEntry;
import com.yuanjing.itsm.servicelevel.ItService;
import com.yuanjing.itsm.servicelevel.ServiceCatalogue;
import com.yuanjing.itsm.servicelevel.ServiceStatus;
import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Adding up, judging and breaking down tallies; the counting itself is each calculator's (tested per process). */
class KpiServiceTest {

  private final Map<Kpi, List<KpiTally>> tallies = new HashMap<>();
  private final List<String> periodsAsked = new ArrayList<>();
  private KpiService service;

  @BeforeEach
  void setUp() {
    ServiceCatalogue catalogue = mock(ServiceCatalogue.class);
    when(catalogue.find(anyString())).thenReturn(Optional.empty());
    service("online-banking", "网上银行系统", "京华银行", catalogue);
    service("core-accounting", "核心账务系统", "京华银行", catalogue);
    service("office-oa", "办公自动化系统", "元景科技", catalogue);
    Map<String, KpiObjectives.Objective> objectives = new HashMap<>();
    for (Kpi kpi : Kpi.values()) {
      objectives.put(kpi.id(), kpi.measure() == Kpi.Measure.RATE
          ? new KpiObjectives.Objective(0.95, ReportingPeriod.Type.MONTH)
          : new KpiObjectives.Objective(1, ReportingPeriod.Type.MONTH));
    }
    objectives.put(Kpi.INFORMATION_LEAKS.id(), new KpiObjectives.Objective(2, ReportingPeriod.Type.YEAR));
    service = new KpiService(Arrays.stream(Kpi.values()).map(this::calculator).toList(),
        new KpiObjectives(3, objectives), catalogue);
  }

  @Test
  void aRateIsMetOverCountedInPercentJudgedOnTheExactShare() {
    tallies.put(Kpi.INCIDENT_RESPONSE, List.of(new KpiTally("online-banking", 18, 18), new KpiTally("office-oa", 2, 0)));
    tallies.put(Kpi.CHANGE_SUCCESS, List.of(new KpiTally("online-banking", 2000, 1899)));

    KpiValue response = service.value(Kpi.INCIDENT_RESPONSE, ReportingPeriod.parse("2026-11"), null);
    assertThat(response.value()).isEqualByComparingTo("90.0");
    assertThat(response.target()).isEqualByComparingTo("95.0");
    assertThat(response.status()).isEqualTo(KpiStatus.NOT_MET);
    assertThat(response.services()).extracting(KpiValue.Part::name, KpiValue.Part::value, KpiValue.Part::status)
        .containsExactly(tuple("网上银行系统", new BigDecimal("100.0"), KpiStatus.MET),
            tuple("办公自动化系统", new BigDecimal("0.0"), KpiStatus.NOT_MET));
    assertThat(response.customers()).extracting(KpiValue.Part::id, KpiValue.Part::counted, KpiValue.Part::met)
        .containsExactly(tuple("京华银行", 18L, 18L),
            tuple("元景科技", 2L, 0L));

    // 94.95% shows as 95.0 but is below 95%
    KpiValue changes = service.value(Kpi.CHANGE_SUCCESS, ReportingPeriod.parse("2026-11"), null);
    assertThat(changes.value()).isEqualByComparingTo("95.0");
    assertThat(changes.status()).isEqualTo(KpiStatus.NOT_MET);
  }

  @Test
  void aRateWithNothingCountedHasNoValueAndNoStatus() {
    KpiValue value = service.value(Kpi.RELEASE_SUCCESS, ReportingPeriod.parse("2026-11"), null);
    assertThat(value.value()).isNull();
    assertThat(value.status()).isNull();
  }

  @Test
  void aCountsTargetScalesWithLongerPeriodsAndIsNotJudgedForShorterOnes() {
    tallies.put(Kpi.OUTAGES, List.of(new KpiTally("online-banking", 2, 0), new KpiTally("core-accounting", 1, 0)));
    tallies.put(Kpi.INFORMATION_LEAKS, List.of(new KpiTally(null, 1, 0)));

    KpiValue month = service.value(Kpi.OUTAGES, ReportingPeriod.parse("2026-11"), null);
    assertThat(month.value()).isEqualByComparingTo("3");
    assertThat(month.target()).isEqualByComparingTo("1");
    assertThat(month.status()).isEqualTo(KpiStatus.NOT_MET);
    KpiValue quarter = service.value(Kpi.OUTAGES, ReportingPeriod.parse("2026-Q4"), null);
    assertThat(quarter.target()).isEqualByComparingTo("3");
    assertThat(quarter.status()).isEqualTo(KpiStatus.MET);
    assertThat(service.value(Kpi.OUTAGES, ReportingPeriod.parse("2026"), null).target()).isEqualByComparingTo("12");

    KpiValue leaksInAMonth = service.value(Kpi.INFORMATION_LEAKS, ReportingPeriod.parse("2026-11"), null);
    assertThat(leaksInAMonth.value()).isEqualByComparingTo("1");
    assertThat(leaksInAMonth.status()).isNull();
    assertThat(leaksInAMonth.services()).extracting(KpiValue.Part::id).containsExactly((String) null);
    assertThat(leaksInAMonth.customers()).isEmpty();
  }

  @Test
  void oneServiceIsItsOwnTotal() {
    tallies.put(Kpi.SLA_ATTAINMENT, List.of(new KpiTally("online-banking", 10, 10), new KpiTally("office-oa", 10, 0)));

    KpiValue value = service.value(Kpi.SLA_ATTAINMENT, ReportingPeriod.parse("2026-Q4"), "office-oa");

    assertThat(value.counted()).isEqualTo(10);
    assertThat(value.value()).isEqualByComparingTo("0.0");
    assertThat(value.services()).extracting(KpiValue.Part::id).containsExactly("office-oa");
  }

  @Test
  void anUnknownServiceIsRefusedNamingTheField() {
    assertThatThrownBy(() -> service.value(Kpi.SLA_ATTAINMENT, ReportingPeriod.parse("2026-Q4"), "no-such-service"))
        .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.errors())
            .containsExactly(new FieldError("service", "服务", "“no-such-service”不在服务目录中")));
  }

  @Test
  void aTrendEndsWithTheAskedPeriodAndGoesBackAsConfigured() {
    List<KpiValue> trend = service.trend(Kpi.AVAILABILITY, ReportingPeriod.parse("2026-02"), null);

    assertThat(trend).extracting(KpiValue::period).containsExactly("2025-12", "2026-01", "2026-02");
    assertThat(periodsAsked).containsExactly("2026-02", "2026-01", "2025-12");
  }

  @Test
  void anUnknownKpiIsRefusedNamingTheField() {
    assertThatThrownBy(() -> Kpi.fromId("uptime")).isInstanceOfSatisfying(InvalidInputException.class,
        refused -> assertThat(refused.errors()).extracting(FieldError::field, FieldError::label)
            .containsExactly(tuple("kpi", "指标")));
  }

  private KpiCalculator calculator(Kpi kpi) {
    return new KpiCalculator() {
      @Override
      public Kpi kpi() {
        return kpi;
      }

      @Override
      public List<KpiTally> tallies(ReportingPeriod period) {
        periodsAsked.add(period.label());
        return tallies.getOrDefault(kpi, List.of());
      }

      @Override
      public List<KpiRecord> records(ReportingPeriod period, String serviceId) {
        return List.of();
      }

      @Override
      public List<KpiColumn> columns() {
        return List.of();
      }
    };
  }

  private static void service(String id, String name, String customer, ServiceCatalogue catalogue) {
    ItService service = new ItService(id, name, customer, "GOLD", null, null, true, List.of(), null);
    when(catalogue.find(id)).thenReturn(Optional.of(
        new CatalogueEntry(service, ServiceStatus.values()[0], 1, null, null, null, null, null, null)));
  }
}
