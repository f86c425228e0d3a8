package com.yuanjing.itsm.config;

import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Adds the suite's indexes to the engine's history tables, from the migrations in {@code db/engine}, with a
 * schema history of their own. They cannot go with the suite's migrations: the engine creates its tables when it
 * is built, which may be after those ran on a new database.
 */
@Component
public class EngineIndexMigrations implements InitializingBean {

  static final String HISTORY_TABLE = "itsm_engine_schema_history";

  private final DataSource dataSource;

  /** Takes the process engine so that it is built, with its tables, before the migrations run. */
  public EngineIndexMigrations(DataSource dataSource, ProcessEngine processEngine) {
    this.dataSource = dataSource;
  }

  @Override
  public void afterPropertiesSet() {
    Flyway.configure().dataSource(dataSource).locations("classpath:db/engine").table(HISTORY_TABLE)
        .baselineOnMigrate(true).baselineVersion("0").load().migrate();
  }
}
