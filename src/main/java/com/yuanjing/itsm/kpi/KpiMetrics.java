package com.yuanjing.itsm.kpi;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The twelve KPIs of their current period (the one each is judged by) as gauges, for Prometheus and Grafana
 * (docs/kpis.md): {@code itsm_kpi_value} (percent for a rate, records for a count, NaN before anything was
 * counted), {@code itsm_kpi_target} and {@code itsm_kpi_met} (1 达标, 0 未达标, NaN not judged), each tagged with
 * the KPI's id and Chinese name. Computed when scraped, at most once per {@link KpiMetricsSettings#cacheFor()}.
 */
@Component
public class KpiMetrics implements MeterBinder {

  private static final Logger LOG = LoggerFactory.getLogger(KpiMetrics.class);

  private final KpiService kpis;
  private final KpiMetricsSettings settings;
  private Map<Kpi, KpiValue> current = Map.of();
  private Instant computedAt;

  public KpiMetrics(KpiService kpis, KpiMetricsSettings settings) {
    this.kpis = kpis;
    this.settings = settings;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (Kpi kpi : Kpi.values()) {
      gauge(registry, kpi, "itsm.kpi.value", "the KPI in its current period: percent for a rate, records for a count",
          value -> number(value.value()));
      gauge(registry, kpi, "itsm.kpi.target", "the KPI's target in its current period",
          value -> number(value.target()));
      gauge(registry, kpi, "itsm.kpi.met", "1 when the KPI meets its target in its current period, 0 when not",
          value -> value.status() == null ? Double.NaN : KpiStatus.MET.equals(value.status()) ? 1 : 0);
    }
  }

  private void gauge(MeterRegistry registry, Kpi kpi, String name, String description,
      Function<KpiValue, Double> reading) {
    Gauge.builder(name, this, metrics -> {
      KpiValue value = metrics.current().get(kpi);
      return value == null ? Double.NaN : reading.apply(value);
    }).description(description).tag("kpi", kpi.id()).tag("name", kpi.chineseName()).strongReference(true)
        .register(registry);
  }

  /** The values of the current periods, counted again once the last count is older than the cache time. */
  synchronized Map<Kpi, KpiValue> current() {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    boolean fresh = computedAt != null && !now.isBefore(computedAt)
        && now.isBefore(computedAt.plus(settings.cacheFor()));
    if (!fresh) {
      Map<Kpi, KpiValue> values = new EnumMap<>(Kpi.class);
      for (Kpi kpi : Kpi.values()) {
        try {
          values.put(kpi, kpis.value(kpi, kpis.periodOf(kpi, now), null));
        } catch (RuntimeException e) {
          // One KPI that cannot be counted shows as NaN; the others and the rest of the scrape still answer.
          LOG.warn("KPI {} could not be counted for its metrics", kpi.id(), e);
        }
      }
      current = values;
      computedAt = now;
    }
    return current;
  }

  private static double number(BigDecimal value) {
    return value == null ? Double.NaN : value.doubleValue();
  }
}
