package com.yuanjing.itsm.configuration;

import java.time.Instant;

/**
 * A configuration item (配置项) of the CMDB as it is now.
 *
 * @param id the generated number that identifies the item
 * @param type what it is; together with the name unique
 * @param name its name (at most 100 characters), unique per type
 * @param serviceId the IT service it is part of, if any
 * @param environment production or test
 * @param status in use or retired
 * @param version its version, if it has one
 * @param location where it lives: host, path, address
 * @param owner who is responsible for it
 * @param description free text
 * @param revision counts the changes of the item; an update names the revision it was based on
 */
public record ConfigurationItem(
    long id,
    CiType type,
    String name,
    String serviceId,
    Environment environment,
    CiStatus status,
    String version,
    String location,
    String owner,
    String description,
    int revision,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy) {}
