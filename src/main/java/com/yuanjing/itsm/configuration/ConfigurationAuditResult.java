package com.yuanjing.itsm.configuration;

import java.time.Instant;

/**
 * What a verifier found when checking one configuration item in a configuration audit: a row of
 * {@code itsm_configuration_audit_result}. The corrections are null when the item was accurate.
 */
public record ConfigurationAuditResult(
    String auditKey,
    long itemId,
    int verifiedRevision,
    boolean accurate,
    String finding,
    String correctedVersion,
    String correctedLocation,
    String correctedDescription,
    String verifiedBy,
    Instant verifiedAt) {}
