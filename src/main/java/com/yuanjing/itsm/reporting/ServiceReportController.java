package com.yuanjing.itsm.reporting;

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

  private final ReportingService reports;
  private final ReportingStatistics statistics;

  public ServiceReportController(ReportingService reports, ReportingStatistics statistics) {
    this.reports = reports;
    this.statistics = statistics;
  }

  @GetMapping("/on-time-rate")
  public OnTimeRate onTimeRate(@RequestParam(required = false) String period) {
    return statistics.onTimeRate(period);
  }

  @GetMapping("/{businessKey}")
  public ServiceReportView get(@PathVariable String businessKey) {
    return reports.find(businessKey)
        .orElseThrow(() -> new NotFoundException("未找到服务报告 " + businessKey + "，或您无权查看"));
  }
}
