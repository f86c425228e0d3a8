package com.yuanjing.itsm.configuration;

/**
 * Who changes a configuration item, why, and under which authority: a production item changes only
 * under an approved change ({@code CHG-…}) or release ({@code REL-…}), or as the correction of a
 * configuration audit ({@code auditKey}, set only by the audit process).
 */
public record ChangeAuthority(String changedBy, String reason, String changeKey, String releaseKey, String auditKey) {}
