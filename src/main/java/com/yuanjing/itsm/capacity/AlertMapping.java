package com.yuanjing.itsm.capacity;

import com.yuanjing.itsm.configuration.CiStatus;
import com.yuanjing.itsm.configuration.ConfigurationItem;
import com.yuanjing.itsm.configuration.ConfigurationItemService;
import com.yuanjing.itsm.servicelevel.ItService;
import com.yuanjing.itsm.servicelevel.ServiceDirectory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Which service and configuration item an alert concerns, from its labels and {@link MonitoringProperties}.
 * Only what the catalogue and the CMDB know is kept; an alert may concern neither.
 */
@Component
public class AlertMapping {

  /** The service and configuration item of an alert, either null. */
  public record Target(String serviceId, Long ciId) {}

  private static final int CANDIDATES = 20;

  private final MonitoringProperties properties;
  private final ServiceDirectory services;
  private final ConfigurationItemService cmdb;

  public AlertMapping(MonitoringProperties properties, ServiceDirectory services, ConfigurationItemService cmdb) {
    this.properties = properties;
    this.services = services;
    this.cmdb = cmdb;
  }

  /**
   * The first service label whose (mapped) value is a published service, and the first CI label whose value
   * names exactly one active item. Without a service label the item's own service is taken.
   */
  public Target map(Map<String, String> labels) {
    Optional<ConfigurationItem> item = properties.ciLabels().stream()
        .map(labels::get).filter(value -> value != null && !value.isBlank())
        .map(this::item).flatMap(Optional::stream).findFirst();
    String serviceId = properties.serviceLabels().stream()
        .filter(label -> labels.get(label) != null && !labels.get(label).isBlank())
        .map(label -> services.find(properties.serviceIdFor(label, labels.get(label).strip())))
        .flatMap(Optional::stream).map(ItService::id).findFirst()
        .orElse(item.map(ConfigurationItem::serviceId).flatMap(services::find).map(ItService::id).orElse(null));
    return new Target(serviceId, item.map(ConfigurationItem::id).orElse(null));
  }

  /** The active item of that name; for Prometheus' {@code host:port} instances also of the host alone. */
  private Optional<ConfigurationItem> item(String value) {
    String name = value.strip();
    Optional<ConfigurationItem> item = itemNamed(name);
    int colon = name.lastIndexOf(':');
    return item.isPresent() || colon <= 0 ? item : itemNamed(name.substring(0, colon));
  }

  /** The one active item of exactly that name (ignoring case); none when several items of different types have it. */
  private Optional<ConfigurationItem> itemNamed(String name) {
    List<ConfigurationItem> named = cmdb.search(null, null, name, null, CiStatus.ACTIVE, 0, CANDIDATES).stream()
        .filter(candidate -> candidate.name().equalsIgnoreCase(name)).toList();
    return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
  }
}
