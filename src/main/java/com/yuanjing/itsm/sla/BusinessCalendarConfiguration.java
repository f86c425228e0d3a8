package com.yuanjing.itsm.sla;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/** Wires the holiday file, the business calendar and its health indicator. */
@Configuration(proxyBeanMethods = false)

public class BusinessCalendarConfiguration {

  private static final Logger log = LoggerFactory.getLogger(BusinessCalendarConfiguration.class);

  /**
   * Loads the holiday file. A missing or invalid file stops start-up: running on without the
   * holidays would quietly produce wrong SLA deadlines.
   */
  @Bean
  public HolidayCalendar holidayCalendar(BusinessCalendarProperties properties,
      ResourceLoader resourceLoader, ObjectProvider<Clock> clock) {
    String location = properties.holidays();
    Resource resource = resourceLoader.getResource(location);
    if (!resource.exists()) {
      throw new IllegalStateException("Holiday file " + location
          + " not found; fix itsm.calendar.holidays or restore the file");
    }
    HolidayCalendar holidays;
    try (InputStream in = resource.getInputStream()) {
      holidays = HolidayCalendarLoader.load(in, location);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read holiday file " + location, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
    LocalDate today = LocalDate.now(clock(clock, properties));
    List<Integer> missing = BusinessCalendarHealthIndicator.missingYears(holidays, today);
    if (missing.isEmpty()) {
      log.info("Holiday calendar {} covers years {}", location, holidays.coveredYears());
    } else {
      log.warn("Holiday calendar {} has no data for {} (covers {}): only weekends are treated as "
          + "days off for those years. Add the State Council holiday notice to {}",
          location, missing, holidays.coveredYears(), location);
    }
    return holidays;
  }

  @Bean
  public BusinessCalendar businessCalendar(BusinessCalendarProperties properties,
      HolidayCalendar holidayCalendar) {
    return new BusinessCalendar(properties.zone(), properties.workdayStart(),
        properties.workdayEnd(), holidayCalendar);
  }

  // The bean name minus "HealthIndicator" is the key in /actuator/health: "businessCalendar".
  @Bean
  public BusinessCalendarHealthIndicator businessCalendarHealthIndicator(
      BusinessCalendarProperties properties, HolidayCalendar holidayCalendar,
      ObjectProvider<Clock> clock) {
    return new BusinessCalendarHealthIndicator(holidayCalendar, properties.holidays(),
        clock(clock, properties));
  }

  private static Clock clock(ObjectProvider<Clock> clock, BusinessCalendarProperties properties) {
    // A shared Clock bean may run in UTC; the year boundary must follow the calendar's zone.
    return clock.getIfUnique(Clock::systemUTC).withZone(properties.zone());
  }
}
