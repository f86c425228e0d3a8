package com.yuanjing.itsm.capacity;

import java.time.Instant;

/**
 * A stored monitoring alert: one firing episode of an alert (fingerprint and start).
 *
 * @param serviceId the published service its labels name, null when none was recognised (unmapped)
 * @param ciId the configuration item its labels name, if any
 * @param labels the alert's labels as a JSON object
 * @param annotations the alert's annotations (summary, description, ...) as a JSON object
 */
public record MonitoringAlert(
    long id,
    String fingerprint,
    String alertName,
    AlertStatus status,
    String severity,
    String serviceId,
    Long ciId,
    String labels,
    String annotations,
    Instant startsAt,
    Instant endsAt,
    Instant receivedAt,
    Instant updatedAt,
    String receiver) {}
