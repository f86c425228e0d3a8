package com.yuanjing.itsm.servicelevel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The services configured under {@code itsm.services}, until the service catalogue replaces them. */
@ConfigurationProperties("itsm")
public class ServiceDirectory {

  static final Set<String> SERVICE_LEVELS = Set.of("GOLD", "SILVER", "BRONZE");

  private final Map<String, ItService> services = new LinkedHashMap<>();

  public ServiceDirectory(List<ItService> services) {
    for (ItService service : services == null ? List.<ItService>of() : services) {
      if (!SERVICE_LEVELS.contains(service.level())) {
        throw new IllegalArgumentException("itsm.services: service " + service.id() + " has level " + service.level()
            + ", expected one of " + SERVICE_LEVELS);
      }
      if (this.services.put(service.id(), service) != null) {
        throw new IllegalArgumentException("itsm.services: service id " + service.id() + " is listed twice");
      }
    }
  }

  public Optional<ItService> find(String id) {
    return Optional.ofNullable(services.get(id));
  }

  public List<ItService> all() {
    return List.copyOf(services.values());
  }

  /** Service id → name, for validation messages and choice lists. */
  public Map<String, String> names() {
    Map<String, String> names = new LinkedHashMap<>();
    services.values().forEach(s -> names.put(s.id(), s.name()));
    return names;
  }
}
