package com.yuanjing.itsm.configuration;

import java.util.List;

/**
 * What a failure or change of {@code item} affects: every item that depends on it, directly or through
 * others, with its distance (1 = a relation straight to the item), and the services of all of them.
 */
public record Impact(ConfigurationItem item, List<ImpactedItem> impacted, List<AffectedService> services) {

  /** An item that depends on the analysed item, {@code distance} relations away (the shortest path). */
  public record ImpactedItem(long id, CiType type, String name, String serviceId, Environment environment,
      CiStatus status, int distance) {}

  /** A service with its name from the service directory (null when the service is not configured any more). */
  public record AffectedService(String id, String name) {}
}
