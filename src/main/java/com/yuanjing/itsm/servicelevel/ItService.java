package com.yuanjing.itsm.servicelevel;

/**
 * A service an incident can be reported against.
 *
 * @param level the service level of its SLA (GOLD, SILVER, BRONZE), an input of sla-targets.dmn
 */
public record ItService(String id, String name, String level) {}
