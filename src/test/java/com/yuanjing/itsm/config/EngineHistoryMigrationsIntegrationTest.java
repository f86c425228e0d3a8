package com.yuanjing.itsm.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.yuanjing.itsm.testsupport.SuiteIntegrationTest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The suite's additions to the engine's history exist once the suite is up, recorded as migrations. */
@SuiteIntegrationTest
class EngineHistoryMigrationsIntegrationTest {

  @Autowired DataSource dataSource;

  @Test
  void historyTablesHaveTheSuitesIndexes() throws SQLException {
    assertThat(indexes("ACT_HI_PROCINST")).contains("ix_itsm_hi_procinst_key_end")
        .doesNotContain("ix_itsm_hi_procinst_key_start");
    assertThat(indexes("ACT_HI_VARINST")).contains("ix_itsm_hi_varinst_name_long");
    assertThat(indexes("ITSM_INCIDENT_FACTS")).contains("ix_itsm_incident_facts_closed",
        "ix_itsm_incident_facts_category", "ix_itsm_incident_facts_service");
  }

  @Test
  void migrationIsRecordedInItsOwnHistory() {
    MigrationInfo[] applied = Flyway.configure().dataSource(dataSource).locations("classpath:db/engine")
        .table(EngineHistoryMigrations.HISTORY_TABLE).load().info().applied();
    assertThat(applied).extracting(info -> info.getVersion().getVersion(), MigrationInfo::getState)
        .contains(tuple("1", MigrationState.SUCCESS), tuple("2", MigrationState.SUCCESS),
            tuple("3", MigrationState.SUCCESS));
  }

  private List<String> indexes(String table) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData metaData = connection.getMetaData();
      // H2 keeps unquoted names in upper case, PostgreSQL in lower case
      String stored = metaData.storesLowerCaseIdentifiers() ? table.toLowerCase(Locale.ROOT) : table;
      try (ResultSet rs = metaData.getIndexInfo(null, null, stored, false, false)) {
        while (rs.next()) {
          if (rs.getString("INDEX_NAME") != null) {
            names.add(rs.getString("INDEX_NAME").toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    return names;
  }
}
