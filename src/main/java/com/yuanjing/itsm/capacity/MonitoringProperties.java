package com.yuanjing.itsm.capacity;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code itsm.monitoring.mapping}: how the labels of a monitoring alert name the IT service
 * and the configuration item it concerns (docs/monitoring-alerts.md).
 *
 * @param serviceLabels the labels naming the service, tried in this order; the first whose value (after
 *     {@code services}) is a published service of the catalogue wins
 * @param ciLabels the labels naming a configuration item, tried in this order; the value is matched against
 *     the names of the active CMDB items (for {@code host:port} also the host alone)
 * @param services per label name, label values that are not service ids themselves mapped to service ids,
 *     e.g. {@code job: {banking-api: online-banking}}
 */
@ConfigurationProperties("itsm.monitoring.mapping")
public record MonitoringProperties(
    @DefaultValue({"service", "job"}) List<String> serviceLabels,
    @DefaultValue({"ci", "instance"}) List<String> ciLabels,
    @DefaultValue Map<String, Map<String, String>> services) {

  public MonitoringProperties {
    serviceLabels = serviceLabels == null ? List.of() : List.copyOf(serviceLabels);
    ciLabels = ciLabels == null ? List.of() : List.copyOf(ciLabels);
    services = services == null ? Map.of() : Map.copyOf(services);
  }

  /** The service id that {@code value} of label {@code label} stands for: the mapped id, or the value itself. */
  String serviceIdFor(String label, String value) {
    return services.getOrDefault(label, Map.of()).getOrDefault(value, value);
  }
}
