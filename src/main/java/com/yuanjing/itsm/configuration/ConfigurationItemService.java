package com.yuanjing.itsm.configuration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Configuration items (配置项): the applications the release process deploys, one row per application in
 * {@code itsm_configuration_item}, with every recorded deployment kept in
 * {@code itsm_configuration_item_history}. A minimal store until the CMDB replaces it: callers depend on
 * this service only, never on its tables.
 */
@Service
public class ConfigurationItemService {

  private static final String ITEM_COLUMNS =
      "name, service_id, version, deployed_on, deployed_at, release_key, updated_by";
  private static final String HISTORY_COLUMNS =
      "name, service_id, version, deployed_on, deployed_at, release_key, recorded_by AS updated_by";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final TransactionTemplate savepoint;

  public ConfigurationItemService(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactionManager);
    this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
    this.savepoint = new TransactionTemplate(transactionManager);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /**
   * Records that release {@code releaseKey} deployed version {@code version} of the application
   * {@code name}: the item now has that version (it is created if it is new), and a history row keeps
   * the deployment with the version it replaced. A release records an application version once:
   * recording the same release, name and version again changes nothing, so a retried job is harmless
   * (and never turns the item back when a later release has deployed since). A deployment older than
   * the item's current one, recorded late, only adds its history row. A null {@code deployedAt}
   * is the engine's current time. Joins the caller's transaction (the engine's, when called from the
   * process), or runs in one of its own.
   *
   * @throws IllegalArgumentException when the release key, service, name or version is blank, or a
   *     value is longer than its column
   */
  public void recordDeployment(String releaseKey, String serviceId, String name, String version,
      String deployedOn, Instant deployedAt, String recordedBy) {
    requireText(releaseKey, "releaseKey", 32);
    requireText(serviceId, "serviceId", 64);
    requireText(name, "name", 100);
    requireText(version, "version", 50);
    requireLength(deployedOn, "deployedOn", 500);
    requireLength(recordedBy, "recordedBy", 64);
    OffsetDateTime at = (deployedAt != null ? deployedAt : ClockUtil.getCurrentTime().toInstant())
        .atOffset(ZoneOffset.UTC);

    transaction.executeWithoutResult(status -> {
      if (alreadyRecorded(releaseKey, name, version)) {
        return;
      }
      // locks the item, so that deployments of the same application are recorded one after the other
      String previousVersion = jdbc.queryForList(
          "SELECT version FROM itsm_configuration_item WHERE name = ? FOR UPDATE", String.class, name)
          .stream().findFirst().orElse(null);
      try {
        // a savepoint: on PostgreSQL a failed INSERT would otherwise abort the caller's transaction
        savepoint.executeWithoutResult(nested -> jdbc.update(
            "INSERT INTO itsm_configuration_item_history (name, service_id, version, previous_version, "
                + "deployed_on, deployed_at, release_key, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            name, serviceId, version, previousVersion, deployedOn, at, releaseKey, recordedBy));
      } catch (DuplicateKeyException recordedConcurrently) {
        return;
      }
      if (previousVersion != null) {
        updateItem(releaseKey, serviceId, name, version, deployedOn, at, recordedBy);
        return;
      }
      try {
        savepoint.executeWithoutResult(nested -> jdbc.update(
            "INSERT INTO itsm_configuration_item (" + ITEM_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)",
            name, serviceId, version, deployedOn, at, releaseKey, recordedBy));
      } catch (DuplicateKeyException createdConcurrently) {
        updateItem(releaseKey, serviceId, name, version, deployedOn, at, recordedBy);
      }
    });
  }

  /** The configuration item of the application {@code name}, if a deployment of it was recorded. */
  public Optional<ConfigurationItem> find(String name) {
    return jdbc.query("SELECT " + ITEM_COLUMNS + " FROM itsm_configuration_item WHERE name = ?",
        ConfigurationItemService::map, name).stream().findFirst();
  }

  /** The configuration items of the service {@code serviceId}, by name. */
  public List<ConfigurationItem> ofService(String serviceId) {
    return jdbc.query("SELECT " + ITEM_COLUMNS + " FROM itsm_configuration_item WHERE service_id = ? "
        + "ORDER BY name", ConfigurationItemService::map, serviceId);
  }

  /**
   * Every deployment recorded for the application {@code name}, the latest recorded first (the first is
   * the item as it is now); empty for an unknown name. Each entry's {@code updatedBy} is who recorded it.
   */
  public List<ConfigurationItem> history(String name) {
    return jdbc.query("SELECT " + HISTORY_COLUMNS + " FROM itsm_configuration_item_history WHERE name = ? "
        + "ORDER BY id DESC", ConfigurationItemService::map, name);
  }

  private boolean alreadyRecorded(String releaseKey, String name, String version) {
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM itsm_configuration_item_history "
        + "WHERE release_key = ? AND name = ? AND version = ?", Integer.class, releaseKey, name, version);
    return count != null && count > 0;
  }

  /** Only a deployment that is not older than the item's takes it over: a late retry adds history only. */
  private void updateItem(String releaseKey, String serviceId, String name, String version, String deployedOn,
      OffsetDateTime deployedAt, String recordedBy) {
    jdbc.update("UPDATE itsm_configuration_item SET service_id = ?, version = ?, deployed_on = ?, "
            + "deployed_at = ?, release_key = ?, updated_by = ? WHERE name = ? AND deployed_at <= ?",
        serviceId, version, deployedOn, deployedAt, releaseKey, recordedBy, name, deployedAt);
  }

  private static void requireText(String value, String field, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("deployment without " + field);
    }
    requireLength(value, field, maxLength);
  }

  private static void requireLength(String value, String field, int maxLength) {
    if (value != null && value.length() > maxLength) {
      throw new IllegalArgumentException(field + " longer than " + maxLength + " characters");
    }
  }

  private static ConfigurationItem map(ResultSet rs, int row) throws SQLException {
    Instant deployedAt = rs.getObject("deployed_at", OffsetDateTime.class).toInstant();
    return new ConfigurationItem(rs.getString("name"), rs.getString("service_id"), rs.getString("version"),
        rs.getString("deployed_on"), deployedAt, rs.getString("release_key"), rs.getString("updated_by"));
  }
}
