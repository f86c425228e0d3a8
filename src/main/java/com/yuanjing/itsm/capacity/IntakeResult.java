package com.yuanjing.itsm.capacity;

/**
 * What one Alertmanager notification changed.
 *
 * @param received alerts in the notification
 * @param created new episodes stored (a resolved alert without a known firing one is stored, too)
 * @param updated repeats of an episode already stored
 * @param resolved episodes that are resolved now (ended by this notification or stored as resolved)
 * @param unmapped alerts whose labels name no known service
 */
public record IntakeResult(int received, int created, int updated, int resolved, int unmapped) {}
