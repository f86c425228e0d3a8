package com.yuanjing.itsm.configuration;

import java.time.Instant;

/**
 * A released package in the definitive software library (最终软件库): what a release deployed, with the
 * checksum that identifies the exact build. One per release, never changed once recorded.
 *
 * @param releaseKey the business key of the release (REL-2026-000012)
 * @param packageName the package name (at most 200 characters)
 * @param versionSummary the applications and versions it contains ("core-api:2.4.1, batch:1.9.0")
 * @param checksum the package's SHA-256, hex
 * @param location where the package is kept
 * @param recordedAt when it was recorded; null when recording means "now"
 * @param recordedBy the user id who recorded it, if known
 */
public record SoftwarePackage(
    String releaseKey,
    String packageName,
    String versionSummary,
    String checksum,
    String location,
    Instant recordedAt,
    String recordedBy) {}
