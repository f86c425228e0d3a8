package com.yuanjing.itsm.change;

import com.yuanjing.itsm.servicelevel.ItService;
import com.yuanjing.itsm.servicelevel.ServiceDirectory;
import com.yuanjing.itsm.sla.BusinessCalendarProperties;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Checks the planned time of a change against the maintenance windows of its service and the
 * change freeze calendar (封网期). See docs/change-windows.md.
 *
 * <p>The windows of every service are parsed when the service is created, so a malformed window
 * in {@code itsm.services} stops start-up.
 */
@Service
public class ChangeWindowService {

  /**
   * Outcome of a check.
   *
   * @param allowed whether the change may be scheduled without a window exception
   * @param reasons every problem found, in Chinese for the requester; empty when allowed
   */
  public record WindowCheck(boolean allowed, List<String> reasons) {

    public WindowCheck {
      reasons = List.copyOf(reasons);
    }

    /** All reasons in one line, e.g. for a process variable or a task description. */
    public String summary() {
      return String.join("；", reasons);
    }
  }

  private final ServiceDirectory services;
  private final FreezeCalendar freezeCalendar;
  private final ZoneId zone;

  @Autowired
  public ChangeWindowService(ServiceDirectory services, FreezeCalendar freezeCalendar,
      BusinessCalendarProperties calendar) {
    this(services, freezeCalendar, calendar.zone());
  }

  /** @param zone zone of the maintenance window times and of the freeze dates */
  public ChangeWindowService(ServiceDirectory services, FreezeCalendar freezeCalendar, ZoneId zone) {
    this.services = services;
    this.freezeCalendar = freezeCalendar;
    this.zone = zone;
  }

  /**
   * The maintenance windows of a service as the catalogue has them now; empty if it has none.
   *
   * @throws IllegalArgumentException for an unknown service, or a malformed window (the catalogue
   *     checks them when a service is published)
   */
  public List<MaintenanceWindow> windows(String serviceId) {
    return windows(service(serviceId));
  }

  private static List<MaintenanceWindow> windows(ItService service) {
    return service.maintenanceWindows().stream().map(text -> MaintenanceWindow.parse(service.id(), text)).toList();
  }

  /**
   * Checks a planned change. Every problem is reported at once. The planned start is compared
   * with the process engine's clock ({@link ClockUtil}).
   *
   * @param plannedStart start of implementation, inclusive
   * @param plannedEnd end of implementation; a change ending exactly when a window closes is
   *     inside it, and one ending at 00:00 of the first freeze day does not overlap the freeze
   * @throws IllegalArgumentException for an unknown service
   */
  public WindowCheck check(String serviceId, Instant plannedStart, Instant plannedEnd) {
    ItService service = service(serviceId);
    List<String> reasons = new ArrayList<>();
    if (plannedStart == null) {
      reasons.add("请填写计划开始时间");
    }
    if (plannedEnd == null) {
      reasons.add("请填写计划结束时间");
    }
    boolean validPeriod = plannedStart != null && plannedEnd != null;
    if (validPeriod && !plannedEnd.isAfter(plannedStart)) {
      reasons.add("计划结束时间必须晚于开始时间");
      validPeriod = false;
    }
    if (plannedStart != null && plannedStart.isBefore(ClockUtil.getCurrentTime().toInstant())) {
      reasons.add("计划开始时间已过");
    }
    List<MaintenanceWindow> serviceWindows = windows(service);
    if (serviceWindows.isEmpty()) {
      reasons.add("服务“" + service.name() + "”未配置维护窗口");
    } else if (validPeriod && !insideAnyWindow(serviceWindows, plannedStart, plannedEnd)) {
      reasons.add("计划时间不在服务“" + service.name() + "”的维护窗口内（"
          + serviceWindows.stream().map(MaintenanceWindow::description)
              .collect(Collectors.joining("、"))
          + "）");
    }
    if (validPeriod) {
      for (FreezeCalendar.Period period : freezeCalendar.overlapping(plannedStart, plannedEnd, zone)) {
        reasons.add("计划时间与封网期“" + period.name() + "”（" + period.from() + " 至 "
            + period.to() + "）重叠");
      }
    }
    return new WindowCheck(reasons.isEmpty(), reasons);
  }

  private boolean insideAnyWindow(List<MaintenanceWindow> serviceWindows, Instant start,
      Instant end) {
    ZonedDateTime from = start.atZone(zone);
    ZonedDateTime to = end.atZone(zone);
    return serviceWindows.stream().anyMatch(w -> w.contains(from, to));
  }

  private ItService service(String serviceId) {
    return services.find(serviceId).orElseThrow(() -> new IllegalArgumentException(
        "Unknown service " + serviceId + ", expected one of " + services.names().keySet()));
  }
}
