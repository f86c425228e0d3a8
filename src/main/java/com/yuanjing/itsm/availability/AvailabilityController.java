package com.yuanjing.itsm.availability;

import com.yuanjing.itsm.identity.CurrentUser;
import com.yuanjing.itsm.identity.ItsmGroup;
import com.yuanjing.itsm.kpi.ReportingPeriod;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read-only: the outage records and the availability KPIs of a period. Outages are written only by the
 * availability management process, never over REST.
 */
@RestController
public class AvailabilityController {

  static final String READERS_ONLY = "只有运维管理部、质量效能部、审计员或系统管理员可以查看服务中断和可用率";

  private final OutageRecords outages;
  private final AvailabilityReport report;
  private final CurrentUser currentUser;

  public AvailabilityController(OutageRecords outages, AvailabilityReport report, CurrentUser currentUser) {
    this.outages = outages;
    this.report = report;
    this.currentUser = currentUser;
  }

  /** {@code ?period=2026-11} (required) and optionally {@code &service=online-banking}: the outages overlapping the period. */
  @GetMapping("/api/outages")
  public List<Outage> outages(@RequestParam(required = false) String service,
      @RequestParam(required = false) String period) {
    requireReader();
    ReportingPeriod within = ReportingPeriod.parse(period);
    return service == null || service.isBlank() ? outages.overlapping(within.start(), within.end())
        : outages.overlapping(service.strip(), within.start(), within.end());
  }

  /** {@code ?period=2026-11}, {@code 2026-Q4} or {@code 2026} (required): every published key service's figures. */
  @GetMapping("/api/availability")
  public AvailabilityReport.Report availability(@RequestParam(required = false) String period) {
    requireReader();
    return report.of(ReportingPeriod.parse(period));
  }

  private void requireReader() {
    currentUser.requireMemberOf(READERS_ONLY, ItsmGroup.OPS_MANAGERS, ItsmGroup.QUALITY, ItsmGroup.AUDITORS,
        ItsmGroup.CAMUNDA_ADMIN);
  }
}
