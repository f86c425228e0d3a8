package com.yuanjing.itsm.servicelevel;

import com.yuanjing.itsm.sla.SupportHours;
import java.util.List;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * A service of the catalogue as the processes use it: incidents are reported against it, changes and
 * releases are made to it.
 *
 * @param customer the customer the service is provided to (客户), who receives its service reports
 * @param level the service level of its SLA (GOLD, SILVER, BRONZE), the input of sla-targets.dmn
 * @param supportHours the clock of its incident SLAs (支持时间): ALWAYS (7×24) or BUSINESS_HOURS
 * @param serviceHours the agreed service time its availability is measured over (约定服务时间)
 * @param keyService a key service (关键服务), whose availability is a KPI
 * @param maintenanceWindows weekly windows in which changes may be implemented, such as
 *     {@code SATURDAY 22:00-06:00} (an end not after the start is on the next day)
 * @param owner the user responsible for the service (服务负责人)
 */
public record ItService(String id, String name, String customer, String level, SupportHours supportHours,
    SupportHours serviceHours, boolean keyService, List<String> maintenanceWindows,
    String owner) {

  public static final List<String> LEVELS = List.of("GOLD", "SILVER", "BRONZE");

  @ConstructorBinding
  public ItService {
    maintenanceWindows = maintenanceWindows == null ? List.of() : List.copyOf(maintenanceWindows);
  }

  /** A business-hours service of no customer, not key, without owner, for tests of other processes. */
  public ItService(String id, String name, String level, List<String> maintenanceWindows) {
    this(id, name, null, level, SupportHours.BUSINESS_HOURS, SupportHours.BUSINESS_HOURS, false,
        maintenanceWindows, null);
  }

  /** As above, without maintenance windows: no change can be scheduled without an exception. */
  public ItService(String id, String name, String level) {
    this(id, name, level, List.of());
  }
}
