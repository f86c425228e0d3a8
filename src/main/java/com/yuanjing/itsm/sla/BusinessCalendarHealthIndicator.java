package com.yuanjing.itsm.sla;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * Shows under {@code businessCalendar} in /actuator/health which years have holiday data and
 * whether the current year, or from November on the coming year, lacks it.
 *
 * <p>Stays UP when data is missing: deadlines are still computed (weekday rule only), and the
 * operator needs a reminder, not an outage alarm that takes the instance out of a load balancer.
 */
public class BusinessCalendarHealthIndicator implements HealthIndicator {

  private final HolidayCalendar holidays;
  private final String location;
  private final Clock clock;

  /**
   * @param location holiday file location, quoted in the warning so that the operator knows
   *     what to edit
   * @param clock its zone decides which year is "current"
   */
  public BusinessCalendarHealthIndicator(HolidayCalendar holidays, String location, Clock clock) {
    this.holidays = holidays;
    this.location = location;
    this.clock = clock;
  }

  public BusinessCalendarHealthIndicator(HolidayCalendar holidays, String location, ZoneId zone) {
    this(holidays, location, Clock.system(zone));
  }

  @Override
  public Health health() {
    List<Integer> missing = missingYears(holidays, LocalDate.now(clock));
    Health.Builder health = Health.up()
        .withDetail("coveredYears", List.copyOf(holidays.coveredYears()))
        .withDetail("missingYears", missing)
        .withDetail("holidayFile", location);
    if (!missing.isEmpty()) {
      health.withDetail("warning", warning(missing, location));
    }
    return health.build();
  }

  /**
   * From this day on the coming year is checked too. The State Council notice usually appears
   * in November; warning earlier would nag about data nobody can add yet.
   */
  static final MonthDay COMING_YEAR_CHECKED_FROM = MonthDay.of(11, 1);

  /** The current year and, from November on, the coming year, if they have no holiday data. */
  static List<Integer> missingYears(HolidayCalendar holidays, LocalDate today) {
    int year = today.getYear();
    if (MonthDay.from(today).isBefore(COMING_YEAR_CHECKED_FROM)) {
      return holidays.missingYears(year);
    }
    return holidays.missingYears(year, year + 1);
  }

  static String warning(List<Integer> missing, String location) {
    String years = missing.stream().map(String::valueOf).collect(Collectors.joining("、"));
    return years + " 年的法定节假日与调休数据缺失，请按国务院通知更新节假日文件 " + location;
  }
}
