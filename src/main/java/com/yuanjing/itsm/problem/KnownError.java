package com.yuanjing.itsm.problem;

import java.time.Instant;

/**
 * A known error (已知错误): what a problem's investigation found, kept so that the service desk recognises
 * the symptom in new incidents and applies the workaround. One per problem, identified by its problem key.
 *
 * @param id the row id; null for a record not stored yet
 * @param problemKey the problem's business key (PRB-2026-000012)
 * @param serviceId the affected service, if known
 * @param category the incident category code (DATABASE, SECURITY, ...), if known
 * @param title a short title (at most 200 characters)
 * @param symptom what users and monitoring see
 * @param rootCause the root cause found
 * @param workaround how to restore service until the fix, if there is one
 * @param recordedAt when the record was last written; null when recording means "now"
 * @param recordedBy the user id of the problem manager who recorded it
 */
public record KnownError(
    Long id,
    String problemKey,
    String serviceId,
    String category,
    String title,
    String symptom,
    String rootCause,
    String workaround,
    Instant recordedAt,
    String recordedBy) {}
