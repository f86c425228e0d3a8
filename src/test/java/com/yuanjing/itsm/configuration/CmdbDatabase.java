package com.yuanjing.itsm.configuration;

import com.yuanjing.itsm.testsupport.TestDatabase;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A fresh database of the selected kind (H2 or PostgreSQL, see {@link TestDatabase}) with the suite's own
 * tables, migrated by Flyway as the application does, up to {@code target} ("latest" for all).
 */
public final class CmdbDatabase {

  public final DataSource dataSource;
  public final JdbcTemplate jdbc;
  public final DataSourceTransactionManager transactionManager;

  private CmdbDatabase(String purpose) {
    dataSource = new DriverManagerDataSource(TestDatabase.newDatabaseUrl(purpose), TestDatabase.username(),
        TestDatabase.password());
    jdbc = new JdbcTemplate(dataSource);
    transactionManager = new DataSourceTransactionManager(dataSource);
  }

  public static CmdbDatabase migratedTo(String purpose, String target) {
    CmdbDatabase database = new CmdbDatabase(purpose);
    database.migrate(target);
    return database;
  }

  void migrate(String target) {
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").table("itsm_schema_history")
        .target(target).load().migrate();
  }
}
