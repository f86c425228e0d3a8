package com.yuanjing.itsm.servicelevel;

import java.util.List;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * A service incidents are reported against and changes are made to.
 *
 * @param customer the customer the service is provided to (客户), who receives its service reports
 * @param level the service level of its SLA (GOLD, SILVER, BRONZE), an input of sla-targets.dmn
 * @param maintenanceWindows weekly windows in which changes may be implemented, such as
 *     {@code SATURDAY 22:00-06:00} (an end not after the start is on the next day)
 */
public record ItService(String id, String name, String customer, String level, List<String> maintenanceWindows) {

  @ConstructorBinding
  public ItService {
    maintenanceWindows = maintenanceWindows == null ? List.of() : List.copyOf(maintenanceWindows);
  }

  public ItService(String id, String name, String level, List<String> maintenanceWindows) {
    this(id, name, null, level, maintenanceWindows);
  }

  /** A service without maintenance windows: no change can be scheduled without an exception. */
  public ItService(String id, String name, String level) {
    this(id, name, null, level, List.of());
  }
}
