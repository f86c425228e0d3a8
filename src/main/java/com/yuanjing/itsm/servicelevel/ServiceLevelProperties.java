package com.yuanjing.itsm.servicelevel;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code itsm.service-level}.
 *
 * @param attainmentTarget the SLA attainment (SLA达成率) each service must reach in a quarter, 0 to 1
 */
@ConfigurationProperties("itsm.service-level")
public record ServiceLevelProperties(@DefaultValue("0.95") double attainmentTarget) {

  public ServiceLevelProperties {
    if (attainmentTarget <= 0 || attainmentTarget > 1) {
      throw new IllegalArgumentException("itsm.service-level.attainment-target must be above 0 and at most 1, was "
          + attainmentTarget);
    }
  }
}
