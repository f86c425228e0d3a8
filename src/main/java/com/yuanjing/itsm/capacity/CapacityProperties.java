package com.yuanjing.itsm.capacity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code itsm.capacity} (docs/capacity-management.md).
 *
 * @param incidentTarget the most capacity incidents a quarter may have (容量事件次数 target, ≤ 1)
 */
@ConfigurationProperties("itsm.capacity")
public record CapacityProperties(@DefaultValue("1") int incidentTarget) {}
