package com.yuanjing.itsm.reporting;

import com.yuanjing.itsm.identity.CurrentUser;
import com.yuanjing.itsm.identity.ItsmGroup;
import com.yuanjing.itsm.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Where a service report stands, and the on-time submission rate of a period. */
@RestController
@RequestMapping("/api/service-reports")
public class ServiceReportController {

  /** The rate lists the business keys of late reports, so only those who oversee reporting read it. */
  static final String RATE_READERS_ONLY = "只有运维管理部、质量效能部、审计员和系统管理员可以查看服务报告提交及时率";

  private final ReportingService reports;
  private final ReportingStatistics statistics;
  private final CurrentUser currentUser;

  public ServiceReportController(ReportingService reports, ReportingStatistics statistics, CurrentUser currentUser) {
    this.reports = reports;
    this.statistics = statistics;
    this.currentUser = currentUser;
  }

  @GetMapping("/on-time-rate")
  public OnTimeRate onTimeRate(@RequestParam(required = false) String period) {
    currentUser.requireMemberOf(RATE_READERS_ONLY, ItsmGroup.OPS_MANAGERS, ItsmGroup.QUALITY, ItsmGroup.AUDITORS,
        ItsmGroup.CAMUNDA_ADMIN);
    return statistics.onTimeRate(period);
  }

  @GetMapping("/{businessKey}")
  public ServiceReportView get(@PathVariable String businessKey) {
    return reports.find(businessKey)
        .orElseThrow(() -> new NotFoundException("未找到服务报告 " + businessKey + "，或您无权查看"));
  }
}
