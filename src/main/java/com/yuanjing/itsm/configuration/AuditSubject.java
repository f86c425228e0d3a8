package com.yuanjing.itsm.configuration;

/**
 * A configuration item chosen for a configuration audit, as the verifier sees it.
 *
 * @param itemId the item
 * @param revision the item's revision when it was chosen, so a verification refers to what was recorded
 * @param summary the recorded details in one readable text (type, name, service, version, location)
 */
public record AuditSubject(long itemId, int revision, String summary) {}
