package com.yuanjing.itsm.kpi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Service;

/** The KPI report of a period as a file: the workbook with every KPI's records, or one table as CSV. */
@Service
public class KpiExport {

  private final KpiService kpis;

  public KpiExport(KpiService kpis) {
    this.kpis = kpis;
  }

  /** The summary sheet, then one sheet per KPI with the records it counted, in the order of the requirements. */
  public byte[] workbook(ReportingPeriod period) {
    List<KpiTable> tables = new ArrayList<>();
    tables.add(summary(period));
    Arrays.stream(Kpi.values()).forEach(kpi -> tables.add(records(kpi, period, null)));
    return KpiWorkbook.write(tables);
  }

  public byte[] summaryCsv(ReportingPeriod period) {
    return KpiCsv.write(summary(period));
  }

  /** @param serviceId only this service's records; null for all */
  public byte[] recordsCsv(Kpi kpi, ReportingPeriod period, String serviceId) {
    return KpiCsv.write(records(kpi, period, serviceId));
  }

  private KpiTable summary(ReportingPeriod period) {
    return KpiTables.summary(kpis.all(period));
  }

  private KpiTable records(Kpi kpi, ReportingPeriod period, String serviceId) {
    return KpiTables.records(kpi, kpis.columns(kpi), kpis.records(kpi, period, serviceId), kpis::serviceName);
  }
}
