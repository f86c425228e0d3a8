package com.yuanjing.itsm.kpi;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code itsm.kpi-metrics}: the KPI gauges of the Prometheus endpoint.
 *
 * @param cacheFor how long the gauges show the same computation, so that frequent scrapes do not count all twelve
 *     KPIs each time
 */
@ConfigurationProperties("itsm.kpi-metrics")
public record KpiMetricsSettings(@DefaultValue("60s") Duration cacheFor) {

  public KpiMetricsSettings {
    if (cacheFor.isNegative()) {
      throw new IllegalArgumentException("itsm.kpi-metrics.cache-for must not be negative, was " + cacheFor);
    }
  }
}
