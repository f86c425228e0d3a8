package com.yuanjing.itsm.servicelevel;

import com.yuanjing.itsm.sla.SupportHours;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
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
 * The service catalogue (服务目录) in {@code itsm_service} (the current entry of every service) and
 * {@code itsm_service_version} (every published version, never changed). Callers depend on this service,
 * never on its tables. Joins the caller's transaction (the engine's, when called from a process).
 */
@Service
public class ServiceCatalogue {

  static final String SEEDED_BY = "system";
  private static final String COLUMNS = "service_id, name, customer, service_level, support_hours, service_hours, "
      + "key_service, maintenance_windows, service_owner, sla_document, sla_valid_from, sla_valid_to, "
      + "published_at, published_by, source_key";
  private static final String WINDOW_SEPARATOR = ";";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final TransactionTemplate separateTransaction;

  public ServiceCatalogue(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactionManager);
    this.separateTransaction = new TransactionTemplate(transactionManager);
    this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The services that can be chosen in the processes, by id. */
  public List<ItService> published() {
    return jdbc.query("SELECT " + COLUMNS + ", status, version FROM itsm_service WHERE status = 'PUBLISHED' "
        + "ORDER BY service_id", ServiceCatalogue::map).stream().map(CatalogueEntry::service).toList();
  }

  /** The current entry of every service, whatever its status, by id. */
  public List<CatalogueEntry> all() {
    return jdbc.query("SELECT " + COLUMNS + ", status, version FROM itsm_service ORDER BY service_id",
        ServiceCatalogue::map);
  }

  /** The current entry of a service, whatever its status. */
  public Optional<CatalogueEntry> find(String serviceId) {
    return jdbc.query("SELECT " + COLUMNS + ", status, version FROM itsm_service WHERE service_id = ?",
        ServiceCatalogue::map, serviceId).stream().findFirst();
  }

  /** Every published version of a service, the latest first; empty for an unknown or never published one. */
  public List<CatalogueEntry> versions(String serviceId) {
    return jdbc.query("SELECT " + COLUMNS + ", 'PUBLISHED' AS status, version FROM itsm_service_version "
        + "WHERE service_id = ? ORDER BY version DESC", ServiceCatalogue::map, serviceId);
  }

  /**
   * Reserves the id of a new service as a DRAFT while its service level management process runs.
   *
   * @return false when the id is taken (by a service of any status)
   */
  public boolean reserve(String serviceId, String name, String customer, String sourceKey) {
    if (find(serviceId).isPresent()) {
      return false;
    }
    try {
      jdbc.update("INSERT INTO itsm_service (service_id, version, status, name, customer, key_service, source_key) "
          + "VALUES (?, 0, 'DRAFT', ?, ?, FALSE, ?)", serviceId, name, customer, sourceKey);
      return true;
    } catch (DuplicateKeyException reservedConcurrently) {
      // the caller's transaction is refused as a whole, so PostgreSQL's aborted transaction does not matter
      return false;
    }
  }

  /** Gives up the draft a declined service need reserved; a published service is never touched. */
  public void releaseDraft(String serviceId, String sourceKey) {
    jdbc.update("DELETE FROM itsm_service WHERE service_id = ? AND status = 'DRAFT' AND source_key = ?",
        serviceId, sourceKey);
  }

  /**
   * Publishes the next version of a service (version 1 of a new one) and makes it the current entry. A
   * process publishes once: publishing again with the same {@code sourceKey} changes nothing, so a retried
   * job is harmless. A change is published over the version it was agreed on only: when another need
   * published the service meanwhile, nothing is published and the call fails, so the terms that other
   * signer agreed on are never silently replaced.
   *
   * @param expectedVersion the current version when the need started; null for a new service (its draft)
   * @return the version published now or earlier by {@code sourceKey}
   * @throws IllegalStateException when the current version is no longer {@code expectedVersion}
   */
  public int publish(ItService service, SlaAgreement sla, String publishedBy, String sourceKey,
      Integer expectedVersion) {
    return transaction.execute(status -> {
      List<Integer> earlier = jdbc.queryForList(
          "SELECT version FROM itsm_service_version WHERE source_key = ?", Integer.class, sourceKey);
      if (!earlier.isEmpty()) {
        return earlier.get(0);
      }
      // locks the current entry, so that versions of one service are published one after the other
      List<Integer> current = jdbc.queryForList("SELECT version FROM itsm_service WHERE service_id = ? FOR UPDATE",
          Integer.class, service.id());
      boolean exists = !current.isEmpty();
      if (expectedVersion != null && (!exists || !expectedVersion.equals(current.get(0)))) {
        throw new IllegalStateException("服务 " + service.id() + " 的当前版本已是 "
            + (exists ? "v" + current.get(0) : "（无）") + "，而服务需求 " + sourceKey + " 是基于 v" + expectedVersion
            + " 商定的：另一服务需求已先发布，本需求未发布，请重新提出服务需求");
      }
      Integer latest = jdbc.queryForObject(
          "SELECT MAX(version) FROM itsm_service_version WHERE service_id = ?", Integer.class, service.id());
      int version = latest == null ? 1 : latest + 1;
      OffsetDateTime now = ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC);
      insertVersion(service, version, sla, now, publishedBy, sourceKey);
      if (exists) {
        jdbc.update("UPDATE itsm_service SET version = ?, status = 'PUBLISHED', name = ?, customer = ?, "
                + "service_level = ?, support_hours = ?, service_hours = ?, key_service = ?, maintenance_windows = ?, "
                + "service_owner = ?, sla_document = ?, sla_valid_from = ?, sla_valid_to = ?, published_at = ?, "
                + "published_by = ?, source_key = ? WHERE service_id = ?",
            version, service.name(), service.customer(), service.level(), name(service.supportHours()),
            name(service.serviceHours()), service.keyService(), windows(service), service.owner(), sla.document(),
            sla.validFrom(), sla.validTo(), now, publishedBy, sourceKey, service.id());
      } else {
        insertCurrent(service, version, sla, now, publishedBy, sourceKey);
      }
      return version;
    });
  }

  /**
   * Publishes a service from configuration as version 1, unless the catalogue has it already (in any
   * status). Safe when several nodes start at once: the first insert wins, the others change nothing.
   *
   * @return whether this call published it
   */
  public boolean seed(ItService service) {
    if (find(service.id()).isPresent()) {
      return false;
    }
    SlaAgreement none = new SlaAgreement(null, null, null);
    OffsetDateTime now = ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC);
    try {
      separateTransaction.executeWithoutResult(status -> {
        insertCurrent(service, 1, none, now, SEEDED_BY, null);
        insertVersion(service, 1, none, now, SEEDED_BY, null);
      });
      return true;
    } catch (DuplicateKeyException seededConcurrently) {
      return false;
    }
  }

  private void insertCurrent(ItService service, int version, SlaAgreement sla, OffsetDateTime at, String by,
      String sourceKey) {
    jdbc.update("INSERT INTO itsm_service (" + COLUMNS + ", status, version) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?)",
        values(service, sla, at, by, sourceKey, version));
  }

  private void insertVersion(ItService service, int version, SlaAgreement sla, OffsetDateTime at, String by,
      String sourceKey) {
    jdbc.update("INSERT INTO itsm_service_version (" + COLUMNS + ", version) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        values(service, sla, at, by, sourceKey, version));
  }

  private static Object[] values(ItService service, SlaAgreement sla, OffsetDateTime at, String by,
      String sourceKey, int version) {
    return new Object[] {service.id(), service.name(), service.customer(), service.level(),
        name(service.supportHours()), name(service.serviceHours()), service.keyService(), windows(service),
        service.owner(), sla.document(), sla.validFrom(), sla.validTo(), at, by, sourceKey, version};
  }

  private static String name(SupportHours hours) {
    return hours == null ? null : hours.name();
  }

  private static String windows(ItService service) {
    return service.maintenanceWindows().isEmpty() ? null : String.join(WINDOW_SEPARATOR, service.maintenanceWindows());
  }

  private static CatalogueEntry map(ResultSet rs, int row) throws SQLException {
    String windows = rs.getString("maintenance_windows");
    String supportHours = rs.getString("support_hours");
    String serviceHours = rs.getString("service_hours");
    ItService service = new ItService(rs.getString("service_id"), rs.getString("name"), rs.getString("customer"),
        rs.getString("service_level"), supportHours == null ? null : SupportHours.valueOf(supportHours),
        serviceHours == null ? null : SupportHours.valueOf(serviceHours), rs.getBoolean("key_service"),
        windows == null ? List.of() : Arrays.asList(windows.split(WINDOW_SEPARATOR)), rs.getString("service_owner"));
    OffsetDateTime publishedAt = rs.getObject("published_at", OffsetDateTime.class);
    return new CatalogueEntry(service, ServiceStatus.valueOf(rs.getString("status")), rs.getInt("version"),
        rs.getString("sla_document"), rs.getObject("sla_valid_from", LocalDate.class),
        rs.getObject("sla_valid_to", LocalDate.class), publishedAt == null ? null : publishedAt.toInstant(),
        rs.getString("published_by"), rs.getString("source_key"));
  }
}
