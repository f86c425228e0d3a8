package com.yuanjing.itsm.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo history ({@code itsm.demo-history.*}): off by default; when on, the months before the start are played
 * through the real processes once, so that the KPI dashboard has data (docs/operations.md).
 *
 * @param enabled generate at start-up when the database has no incidents yet
 * @param months how many months before now the history covers
 * @param incidentsPerMonth the incident volume; problems, changes and releases follow in proportion
 * @param seed the random source's seed: the same seed gives the same operations
 */
@ConfigurationProperties("itsm.demo-history")
public record DemoHistoryProperties(boolean enabled, int months, int incidentsPerMonth, long seed) {

  public DemoHistoryProperties {
    if (months < 1 || incidentsPerMonth < 1) {
      throw new IllegalArgumentException("itsm.demo-history: months and incidents-per-month must be positive");
    }
  }
}
