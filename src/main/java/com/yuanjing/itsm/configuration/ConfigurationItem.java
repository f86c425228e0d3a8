package com.yuanjing.itsm.configuration;

import java.time.Instant;

/**
 * A configuration item (配置项): an application as the last release deployed it. The same shape describes
 * one entry of an item's history, the deployment as it was recorded then.
 *
 * @param name the application name, which identifies the item (at most 100 characters)
 * @param serviceId the IT service the application belongs to
 * @param version the deployed version
 * @param deployedOn the servers it was deployed on, if known
 * @param deployedAt when it was deployed
 * @param releaseKey the business key of the release that deployed it (REL-2026-000012)
 * @param updatedBy the user id who recorded the deployment, if known
 */
public record ConfigurationItem(
    String name,
    String serviceId,
    String version,
    String deployedOn,
    Instant deployedAt,
    String releaseKey,
    String updatedBy) {}
