package com.yuanjing.itsm.kpi;

import com.yuanjing.itsm.identity.CurrentUser;
import com.yuanjing.itsm.identity.ItsmGroup;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only: the KPIs of a period, one KPI with its trend, and the records behind a value (docs/kpis.md). */
@RestController
public class KpiController {

  static final String READERS_ONLY = "只有运维管理部、质量效能部、审计员或系统管理员可以查看指标";

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final KpiService kpis;
  private final KpiExport export;
  private final CurrentUser currentUser;

  public KpiController(KpiService kpis, KpiExport export, CurrentUser currentUser) {
    this.kpis = kpis;
    this.export = export;
    this.currentUser = currentUser;
  }

  /** {@code ?period=2026-Q3} (a month, quarter or year; required): all twelve KPIs. */
  @GetMapping("/api/kpis")
  public Report all(@RequestParam(required = false) String period) {
    requireReader();
    ReportingPeriod within = ReportingPeriod.parse(period);
    return new Report(within.label(), within.start(), within.end(), kpis.all(within));
  }

  /** {@code /api/kpis/incident-response?period=2026-11[&service=online-banking]}: one KPI with its trend. */
  @GetMapping("/api/kpis/{kpi}")
  public Detail one(@PathVariable String kpi, @RequestParam(required = false) String period,
      @RequestParam(required = false) String service) {
    requireReader();
    Kpi which = Kpi.fromId(kpi);
    ReportingPeriod within = ReportingPeriod.parse(period);
    String serviceId = blankToNull(service);
    List<KpiValue> trend = kpis.trend(which, within, serviceId);
    return new Detail(trend.get(trend.size() - 1), trend);
  }

  /** {@code /api/kpis/incident-response/records?period=2026-11[&service=…]}: the records the value counted. */
  @GetMapping("/api/kpis/{kpi}/records")
  public Records records(@PathVariable String kpi, @RequestParam(required = false) String period,
      @RequestParam(required = false) String service) {
    requireReader();
    Kpi which = Kpi.fromId(kpi);
    ReportingPeriod within = ReportingPeriod.parse(period);
    return new Records(which.id(), which.chineseName(), within.label(), kpis.columns(which),
        kpis.records(which, within, blankToNull(service)));
  }

  /** {@code /api/kpis/export.xlsx?period=2026-Q3}: the summary and every KPI's records as a workbook. */
  @GetMapping("/api/kpis/export.xlsx")
  public ResponseEntity<byte[]> exportWorkbook(@RequestParam(required = false) String period) {
    requireReader();
    ReportingPeriod within = ReportingPeriod.parse(period);
    return file("KPI报告-" + within.label(), "KPI-report-" + within.label(), ".xlsx", XLSX, export.workbook(within));
  }

  /** {@code /api/kpis/export.csv?period=2026-Q3}: the summary as CSV. */
  @GetMapping("/api/kpis/export.csv")
  public ResponseEntity<byte[]> exportSummary(@RequestParam(required = false) String period) {
    requireReader();
    ReportingPeriod within = ReportingPeriod.parse(period);
    return file("KPI汇总-" + within.label(), "KPI-summary-" + within.label(), ".csv", CSV, export.summaryCsv(within));
  }

  /** {@code /api/kpis/incident-response/records.csv?period=2026-11[&service=…]}: the records as CSV. */
  @GetMapping("/api/kpis/{kpi}/records.csv")
  public ResponseEntity<byte[]> exportRecords(@PathVariable String kpi, @RequestParam(required = false) String period,
      @RequestParam(required = false) String service) {
    requireReader();
    Kpi which = Kpi.fromId(kpi);
    ReportingPeriod within = ReportingPeriod.parse(period);
    String serviceId = blankToNull(service);
    byte[] csv = export.recordsCsv(which, within, serviceId);
    String suffix = "-" + within.label() + (serviceId == null ? "" : "-" + serviceId);
    return file(which.chineseName() + suffix, which.id() + suffix, ".csv", CSV, csv);
  }

  /**
   * A download under a Chinese file name: {@code filename*} in UTF-8 (RFC 5987) for browsers, and an ASCII
   * {@code filename} for clients that read only that one (curl, older tools).
   */
  private static ResponseEntity<byte[]> file(String name, String asciiName, String extension, MediaType type,
      byte[] content) {
    String encoded = URLEncoder.encode(name + extension, StandardCharsets.UTF_8).replace("+", "%20");
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"" + asciiName + extension + "\"; filename*=UTF-8''" + encoded)
        .body(content);
  }

  private void requireReader() {
    currentUser.requireMemberOf(READERS_ONLY, ItsmGroup.OPS_MANAGERS, ItsmGroup.QUALITY, ItsmGroup.AUDITORS,
        ItsmGroup.CAMUNDA_ADMIN);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** The twelve KPIs of a period. */
  public record Report(String period, Instant from, Instant to, List<KpiValue> kpis) {}

  /**
   * One KPI of a period and its trend.
   *
   * @param trend the same KPI in the last periods of the same type, the oldest first, this one last
   */
  public record Detail(KpiValue value, List<KpiValue> trend) {}

  /** The records behind a KPI value. */
  public record Records(String kpi, String name, String period, List<KpiColumn> columns, List<KpiRecord> records) {}
}
