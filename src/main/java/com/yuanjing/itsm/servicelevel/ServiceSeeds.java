package com.yuanjing.itsm.servicelevel;

import com.yuanjing.itsm.change.MaintenanceWindow;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The services listed under {@code itsm.services}, published in the catalogue at the first start
 * ({@link CatalogueSeeding}). Checked when the configuration is read: a bad entry stops the start.
 */
@ConfigurationProperties("itsm")
public record ServiceSeeds(List<ItService> services) {

  public ServiceSeeds {
    services = services == null ? List.of() : List.copyOf(services);
    Set<String> ids = new HashSet<>();
    for (ItService service : services) {
      check(service);
      if (!ids.add(service.id())) {
        throw new IllegalArgumentException("itsm.services: service id " + service.id() + " is listed twice");
      }
    }
  }

  private static void check(ItService service) {
    if (service.id() == null || service.id().isBlank() || service.name() == null || service.name().isBlank()) {
      throw new IllegalArgumentException("itsm.services: every service needs an id and a name");
    }
    String where = "itsm.services: service " + service.id();
    if (!ItService.LEVELS.contains(service.level())) {
      throw new IllegalArgumentException(where + " has level " + service.level() + ", expected one of "
          + ItService.LEVELS);
    }
    if (service.supportHours() == null || service.serviceHours() == null) {
      throw new IllegalArgumentException(where + " needs support-hours and service-hours (ALWAYS or BUSINESS_HOURS)");
    }
    service.maintenanceWindows().forEach(window -> MaintenanceWindow.parse(service.id(), window));
  }
}
