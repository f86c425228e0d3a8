package com.yuanjing.itsm.change;

import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/** Loads the change freeze calendar from {@code itsm.change.freeze-calendar}. */
@Configuration(proxyBeanMethods = false)
public class ChangeWindowConfiguration {

  private static final Logger log = LoggerFactory.getLogger(ChangeWindowConfiguration.class);

  /**
   * Loads the freeze file. A missing or invalid file stops start-up: running on without it would
   * quietly let changes be scheduled into a freeze.
   *
   * @param location Spring resource location; point it at e.g. {@code
   *     file:/etc/yuanjing/change-freeze.yaml} to edit periods without a new build
   */
  @Bean
  public FreezeCalendar freezeCalendar(
      @Value("${itsm.change.freeze-calendar:" + FreezeCalendar.DEFAULT_LOCATION + "}") String location,
      ResourceLoader resourceLoader) {
    Resource resource = resourceLoader.getResource(location);
    if (!resource.exists()) {
      throw new IllegalStateException("Freeze calendar file " + location
          + " not found; fix itsm.change.freeze-calendar or restore the file");
    }
    FreezeCalendar calendar;
    try (InputStream in = resource.getInputStream()) {
      calendar = FreezeCalendar.load(in, location);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read freeze calendar file " + location, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
    log.info("Change freeze calendar {} has {} periods: {}", location, calendar.periods().size(),
        calendar.periods().stream().map(FreezeCalendar.Period::description).toList());
    return calendar;
  }
}
