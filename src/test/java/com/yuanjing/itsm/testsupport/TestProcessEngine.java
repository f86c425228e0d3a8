package com.yuanjing.itsm.testsupport;

import com.yuanjing.itsm.config.EngineHistoryMigrations;
import com.yuanjing.itsm.kpi.IncidentFactsRecorder;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageInMemProcessEngineConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The engine of the process tests: the production settings that matter to a model (full history,
 * authorization, history time-to-live enforced, kebab-case group ids, the suite's additions to history), with
 * path coverage recorded,
 * delegates resolved from {@code Mocks} and the job executor off so that tests run jobs themselves.
 */
public final class TestProcessEngine {

  private TestProcessEngine() {}

  public static ProcessEngineConfiguration configuration(String name) {
    ProcessEngineConfigurationImpl configuration = new ProcessCoverageInMemProcessEngineConfiguration();
    configuration.setProcessEngineName(name);
    configuration.setJdbcUrl(TestDatabase.newDatabaseUrl(name));
    configuration.setJdbcUsername(TestDatabase.username());
    configuration.setJdbcPassword(TestDatabase.password());
    configuration.setJdbcDriver(TestDatabase.isPostgres() ? "org.postgresql.Driver" : "org.h2.Driver");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistoryLevel(HistoryLevel.HISTORY_LEVEL_FULL);
    configuration.setAuthorizationEnabled(true);
    configuration.setEnforceHistoryTimeToLive(true);
    configuration.setDefaultUserPermissionNameForTask("TASK_WORK");
    configuration.setGeneralResourceWhitelistPattern("[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*");
    configuration.setJobExecutorActivate(false);
    configuration.setExpressionManager(new MockExpressionManager());
    configuration.getProcessEnginePlugins().add(new IncidentFactsRecorder());
    configuration.getProcessEnginePlugins().add(new AbstractProcessEnginePlugin() {
      @Override
      public void postProcessEngineBuild(ProcessEngine engine) {
        EngineHistoryMigrations.migrate(configuration.getDataSource());
      }
    });
    return configuration;
  }

  /** Plain SQL on the engine's database, for the suite's queries over its history. */
  public static JdbcTemplate jdbc(ProcessEngine engine) {
    ProcessEngineConfiguration configuration = engine.getProcessEngineConfiguration();
    return new JdbcTemplate(new DriverManagerDataSource(configuration.getJdbcUrl(), configuration.getJdbcUsername(),
        configuration.getJdbcPassword()));
  }
}
