package com.yuanjing.itsm.reporting;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code itsm.reporting}.
 *
 * @param serviceReportDueWorkingDays a periodic service report is due this many working days after the
 *     month or quarter it covers (at the end of that working day)
 * @param reminderWorkingDays the author is reminded this many working days before a report is due
 * @param quarterlyCustomers the customers (as named in the service catalogue) who get a service report per
 *     quarter instead of one per month; none by default
 */
@ConfigurationProperties("itsm.reporting")
public record ReportingProperties(
    @DefaultValue("5") int serviceReportDueWorkingDays,
    @DefaultValue("2") int reminderWorkingDays,
    @DefaultValue List<String> quarterlyCustomers) {

  public ReportingProperties {
    quarterlyCustomers = quarterlyCustomers == null ? List.of()
        : quarterlyCustomers.stream().map(String::trim).filter(customer -> !customer.isEmpty()).toList();
    if (serviceReportDueWorkingDays < 1 || reminderWorkingDays < 0) {
      throw new IllegalArgumentException("itsm.reporting: service-report-due-working-days must be at least 1, "
          + "reminder-working-days not negative");
    }
  }
}
