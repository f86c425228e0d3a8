package com.yuanjing.itsm.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code itsm.reporting}.
 *
 * @param serviceReportDueWorkingDays the monthly service report is due this many working days after the
 *     month it covers (at the end of that working day)
 * @param reminderWorkingDays the author is reminded this many working days before a report is due
 * @param onTimeTarget the target of 服务报告提交及时率, a fraction (0.95 = 95%)
 */
@ConfigurationProperties("itsm.reporting")
public record ReportingProperties(
    @DefaultValue("5") int serviceReportDueWorkingDays,
    @DefaultValue("2") int reminderWorkingDays,
    @DefaultValue("0.95") double onTimeTarget) {

  public ReportingProperties {
    if (serviceReportDueWorkingDays < 1 || reminderWorkingDays < 0 || onTimeTarget <= 0 || onTimeTarget > 1) {
      throw new IllegalArgumentException("itsm.reporting: service-report-due-working-days must be at least 1, "
          + "reminder-working-days not negative and on-time-target in (0, 1]");
    }
  }
}
