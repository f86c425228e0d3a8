package com.yuanjing.itsm.configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuanjing.itsm.servicelevel.ItService;
import com.yuanjing.itsm.servicelevel.ServiceDirectory;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** V4 moves the minimal store of V3 into the CMDB without losing a row. */
@Tag("database")
class CmdbMigrationTest {

  private static final Instant FIRST = Instant.parse("2025-10-18T14:12:55Z");
  private static final Instant SECOND = Instant.parse("2026-12-05T14:41:07Z");

  @Test
  void theItemsAndDeploymentsOfV3BecomeProductionApplicationsWithTheirHistory() throws Exception {
    CmdbDatabase database = CmdbDatabase.migratedTo("cmdb_migration", "3");
    v3Deployment(database, "REL-2025-000042", "online-banking", "trade-service", "2.3.0", null, "app-01", FIRST,
        "release");
    v3Deployment(database, "REL-2026-000001", "online-banking", "trade-service", "2.3.1", "2.3.0", "app-01,app-02",
        SECOND, "release2");
    database.jdbc.update("INSERT INTO itsm_configuration_item (name, service_id, version, deployed_on, deployed_at, "
        + "release_key, updated_by) VALUES ('trade-service', 'online-banking', '2.3.1', 'app-01,app-02', ?, "
        + "'REL-2026-000001', 'release2')", SECOND.atOffset(ZoneOffset.UTC));
    v3Deployment(database, "REL-2026-000002", "office-oa", "oa \"quoted\" \\app", "1.0", null, null, SECOND, null);
    database.jdbc.update("INSERT INTO itsm_configuration_item (name, service_id, version, deployed_on, deployed_at, "
        + "release_key, updated_by) VALUES ('oa \"quoted\" \\app', 'office-oa', '1.0', NULL, ?, 'REL-2026-000002', "
        + "NULL)", SECOND.atOffset(ZoneOffset.UTC));

    database.migrate("latest");

    ConfigurationItemService cmdb = new ConfigurationItemService(database.jdbc, database.transactionManager,
        ServiceDirectory.of(List.of(new ItService("online-banking", "网上银行系统", "GOLD"))),
        mock(ChangeApprovals.class));
    List<ConfigurationItem> migrated = cmdb.search(CiType.APPLICATION, null, null, null, null, 0, 10);
    assertThat(migrated).extracting(ConfigurationItem::name).containsExactly("oa \"quoted\" \\app", "trade-service");
    ConfigurationItem trade = migrated.get(1);
    assertThat(trade.environment()).isEqualTo(Environment.PRODUCTION);
    assertThat(trade.status()).isEqualTo(CiStatus.ACTIVE);
    assertThat(trade.serviceId()).isEqualTo("online-banking");
    assertThat(trade.version()).isEqualTo("2.3.1");
    assertThat(trade.location()).isEqualTo("app-01,app-02");
    assertThat(trade.revision()).isEqualTo(2);
    assertThat(trade.createdAt()).isEqualTo(FIRST);
    assertThat(trade.createdBy()).isEqualTo("release");
    assertThat(trade.updatedAt()).isEqualTo(SECOND);
    assertThat(trade.updatedBy()).isEqualTo("release2");

    List<HistoryEntry> history = cmdb.history(trade.id());
    assertThat(history).extracting(HistoryEntry::operation).containsOnly(HistoryOperation.DEPLOYED);
    assertThat(history).extracting(HistoryEntry::revision).containsExactly(2, 1);
    assertThat(history).extracting(HistoryEntry::releaseKey).containsExactly("REL-2026-000001", "REL-2025-000042");
    assertThat(history).extracting(HistoryEntry::deployedVersion).containsExactly("2.3.1", "2.3.0");
    assertThat(history).extracting(HistoryEntry::deployedAt).containsExactly(SECOND, FIRST);
    assertThat(history).extracting(HistoryEntry::changedBy).containsExactly("release2", "release");
    assertThat(history).extracting(HistoryEntry::detail).containsExactly("部署版本 2.3.1（原版本 2.3.0）", "部署版本 2.3.0");
    JsonNode snapshot = new ObjectMapper().readTree(history.get(1).snapshot());
    assertThat(snapshot.get("id").asLong()).isEqualTo(trade.id());
    assertThat(snapshot.get("version").asText()).isEqualTo("2.3.0");
    assertThat(snapshot.get("location").asText()).isEqualTo("app-01");

    ConfigurationItem quoted = migrated.get(0);
    JsonNode quotedSnapshot = new ObjectMapper().readTree(cmdb.history(quoted.id()).get(0).snapshot());
    assertThat(quotedSnapshot.get("name").asText()).isEqualTo("oa \"quoted\" \\app");
    assertThat(quotedSnapshot.get("location").isNull()).isTrue();

    // the migrated deployments keep a retried job harmless
    cmdb.recordDeployment("REL-2026-000001", "online-banking", "trade-service", "2.3.1", "x", SECOND, "release");
    assertThat(cmdb.history(trade.id())).hasSize(2);
    assertThatThrownBy(() -> database.jdbc.queryForList("SELECT * FROM itsm_configuration_item"))
        .as("the V3 tables are gone").isInstanceOf(org.springframework.dao.DataAccessException.class);
    assertThat(database.jdbc.queryForObject("SELECT COUNT(*) FROM itsm_software_package", Integer.class)).isZero();
  }

  private static void v3Deployment(CmdbDatabase database, String releaseKey, String serviceId, String name,
      String version, String previousVersion, String deployedOn, Instant deployedAt, String recordedBy) {
    OffsetDateTime at = deployedAt.atOffset(ZoneOffset.UTC);
    database.jdbc.update("INSERT INTO itsm_configuration_item_history (name, service_id, version, previous_version, "
            + "deployed_on, deployed_at, release_key, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", name, serviceId,
        version, previousVersion, deployedOn, at, releaseKey, recordedBy);
  }
}
