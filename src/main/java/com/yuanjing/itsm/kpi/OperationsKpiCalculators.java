package com.yuanjing.itsm.kpi;

import com.yuanjing.itsm.availability.AvailabilityReport;
import com.yuanjing.itsm.capacity.CapacityIncidentCount;
import com.yuanjing.itsm.configuration.ConfigurationAccuracy;
import com.yuanjing.itsm.reporting.ReportingStatistics;
import com.yuanjing.itsm.security.SecurityStatistics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The calculators of the KPIs whose process packages count them for reports of their own: service reports,
 * configuration audits, availability, capacity and information security. Each uses its package's query.
 */
@Configuration(proxyBeanMethods = false)
public class OperationsKpiCalculators {

  @Bean
  KpiCalculator reportOnTimeCalculator(ReportingStatistics reports) {
    return new SourcedKpiCalculator(Kpi.REPORT_ON_TIME, reports);
  }

  @Bean
  KpiCalculator configurationAccuracyCalculator(ConfigurationAccuracy accuracy) {
    return new SourcedKpiCalculator(Kpi.CONFIGURATION_ACCURACY, accuracy);
  }

  @Bean
  KpiCalculator availabilityCalculator(AvailabilityReport availability) {
    return new SourcedKpiCalculator(Kpi.AVAILABILITY, availability.availability());
  }

  @Bean
  KpiCalculator outagesCalculator(AvailabilityReport availability) {
    return new SourcedKpiCalculator(Kpi.OUTAGES, availability.outages());
  }

  @Bean
  KpiCalculator capacityIncidentsCalculator(CapacityIncidentCount incidents) {
    return new SourcedKpiCalculator(Kpi.CAPACITY_INCIDENTS, incidents);
  }

  @Bean
  KpiCalculator informationLeaksCalculator(SecurityStatistics leaks) {
    return new SourcedKpiCalculator(Kpi.INFORMATION_LEAKS, leaks);
  }
}
