package com.yuanjing.itsm.configuration;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;

/**
 * One change of a configuration item or its relations.
 *
 * @param revision the item's revision after the change
 * @param reason why it was changed
 * @param changeKey, releaseKey, auditKey the approved change, release or configuration audit it was made
 *     under, if any
 * @param detail what changed beyond the item's fields: the relation, the deployed version, the audit finding
 * @param deployedVersion, deployedAt the deployment, for {@link HistoryOperation#DEPLOYED}
 * @param snapshot the item after the change, JSON
 */
public record HistoryEntry(
    long id,
    long itemId,
    HistoryOperation operation,
    int revision,
    Instant changedAt,
    String changedBy,
    String reason,
    String changeKey,
    String releaseKey,
    String auditKey,
    String detail,
    String deployedVersion,
    Instant deployedAt,
    @JsonRawValue String snapshot) {}
