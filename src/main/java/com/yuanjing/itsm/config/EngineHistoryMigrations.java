package com.yuanjing.itsm.config;

import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * The suite's additions to the engine's history (its indexes, the incident facts derived from it), from the
 * migrations in {@code db/engine}, with a schema history of their own. They cannot go with the suite's migrations:
 * the engine creates its tables when it is built, which may be after those ran on a new database.
 */
@Component
public class EngineHistoryMigrations implements InitializingBean {

  static final String HISTORY_TABLE = "itsm_engine_schema_history";

  private final DataSource dataSource;

  /** Takes the process engine so that it is built, with its tables, before the migrations run. */
  public EngineHistoryMigrations(DataSource dataSource, ProcessEngine processEngine) {
    this.dataSource = dataSource;
  }

  @Override
  public void afterPropertiesSet() {
    migrate(dataSource);
  }

  /** Brings the engine's database up to date; its tables must exist. */
  public static void migrate(DataSource dataSource) {
    Flyway.configure().dataSource(dataSource).locations("classpath:db/engine").table(HISTORY_TABLE)
        .baselineOnMigrate(true).baselineVersion("0").load().migrate();
  }
}
