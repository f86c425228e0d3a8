package com.yuanjing.itsm.configuration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The definitive software library (最终软件库): the package each release deployed, one row per release in
 * {@code itsm_software_package}. A record is never changed once written.
 */
@Service
public class DefinitiveSoftwareLibrary {

  private static final String COLUMNS =
      "release_key, package_name, version_summary, checksum, location, recorded_at, recorded_by";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate savepoint;

  public DefinitiveSoftwareLibrary(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactionManager);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /**
   * Records the package of a release. Recording the same package for the release again changes nothing
   * (the first record, with its time and recorder, stays), so a retried job is harmless. A null
   * {@code recordedAt} is the engine's current time. Joins the caller's transaction.
   *
   * @throws IllegalArgumentException when a field other than the recorder is blank, or a value is longer
   *     than its column
   * @throws IllegalStateException when the release already has a different package (name, version
   *     summary, checksum or location): the library's records are not changed
   */
  public void record(SoftwarePackage pkg) {
    requireText(pkg.releaseKey(), "releaseKey", 32);
    requireText(pkg.packageName(), "packageName", 200);
    requireText(pkg.versionSummary(), "versionSummary", 1000);
    requireText(pkg.checksum(), "checksum", 64);
    requireText(pkg.location(), "location", 500);
    if (pkg.recordedBy() != null && pkg.recordedBy().length() > 64) {
      throw new IllegalArgumentException("recordedBy longer than 64 characters");
    }
    OffsetDateTime recordedAt = (pkg.recordedAt() != null ? pkg.recordedAt()
        : ClockUtil.getCurrentTime().toInstant()).atOffset(ZoneOffset.UTC);

    Optional<SoftwarePackage> existing = find(pkg.releaseKey());
    if (existing.isEmpty()) {
      try {
        // a savepoint: on PostgreSQL a failed INSERT would otherwise abort the caller's transaction
        savepoint.executeWithoutResult(status -> jdbc.update(
            "INSERT INTO itsm_software_package (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)",
            pkg.releaseKey(), pkg.packageName(), pkg.versionSummary(), pkg.checksum(), pkg.location(),
            recordedAt, pkg.recordedBy()));
        return;
      } catch (DuplicateKeyException recordedConcurrently) {
        existing = find(pkg.releaseKey());
      }
    }
    existing.filter(stored -> samePackage(stored, pkg)).orElseThrow(() -> new IllegalStateException(
        "release " + pkg.releaseKey() + " already has a different package in the software library"));
  }

  /** The package of the release {@code releaseKey}, if one was recorded. */
  public Optional<SoftwarePackage> find(String releaseKey) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_software_package WHERE release_key = ?",
        DefinitiveSoftwareLibrary::map, releaseKey).stream().findFirst();
  }

  private static boolean samePackage(SoftwarePackage stored, SoftwarePackage pkg) {
    return Objects.equals(stored.packageName(), pkg.packageName())
        && Objects.equals(stored.versionSummary(), pkg.versionSummary())
        && stored.checksum().equalsIgnoreCase(pkg.checksum())
        && Objects.equals(stored.location(), pkg.location());
  }

  private static void requireText(String value, String field, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("software package without " + field);
    }
    if (value.length() > maxLength) {
      throw new IllegalArgumentException(field + " longer than " + maxLength + " characters");
    }
  }

  private static SoftwarePackage map(ResultSet rs, int row) throws SQLException {
    return new SoftwarePackage(rs.getString("release_key"), rs.getString("package_name"),
        rs.getString("version_summary"), rs.getString("checksum"), rs.getString("location"),
        rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("recorded_by"));
  }
}
