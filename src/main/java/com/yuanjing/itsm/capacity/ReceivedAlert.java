package com.yuanjing.itsm.capacity;

import java.time.Instant;
import java.util.Map;

/**
 * One alert of an Alertmanager notification, checked.
 *
 * @param startsAt when the episode started; with the fingerprint it identifies the episode
 * @param endsAt when a resolved alert ended; null when Alertmanager sent none (or for a firing alert, whose
 *     endsAt is only Alertmanager's own estimate)
 */
public record ReceivedAlert(
    AlertStatus status,
    String fingerprint,
    String alertName,
    String severity,
    Map<String, String> labels,
    Map<String, String> annotations,
    Instant startsAt,
    Instant endsAt) {}
