package com.yuanjing.itsm.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Checks every KPI must pass, for its tests. */
final class KpiChecks {

  private KpiChecks() {}

  /** The drill-down lists exactly what the value counted: as many records, as many met, all of the service. */
  static void assertRecordsMatchTallies(KpiService kpis, Kpi kpi, List<ReportingPeriod> periods,
      List<String> serviceIds) {
    for (ReportingPeriod period : periods) {
      for (String serviceId : serviceIds) {
        KpiValue value = kpis.value(kpi, period, serviceId);
        List<KpiRecord> records = kpis.records(kpi, period, serviceId);
        assertThat(records).as(kpi + " " + period.label() + " " + serviceId).hasSize((int) value.counted())
            .allMatch(record -> serviceId.equals(record.serviceId()));
        assertThat(records.stream().filter(KpiRecord::met).count()).isEqualTo(value.met());
      }
    }
  }
}
