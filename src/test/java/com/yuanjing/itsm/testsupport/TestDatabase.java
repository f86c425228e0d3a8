package com.yuanjing.itsm.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.test.util.TestPropertyValues;

/**
 * The database a test runs on: in-memory H2 by default, or a real PostgreSQL started by the test run
 * itself when the system property {@code itsm.test.database=postgres} is set (the second Surefire
 * execution of {@code mvn verify}). Each caller gets a fresh database of its own.
 */
public final class TestDatabase {

  public static final String SYSTEM_PROPERTY = "itsm.test.database";
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  private TestDatabase() {}

  public static boolean isPostgres() {
    return "postgres".equals(System.getProperty(SYSTEM_PROPERTY));
  }

  /** A JDBC URL of a new, empty database. */
  public static String newDatabaseUrl(String purpose) {
    String name = purpose.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_") + "_" + COUNTER.incrementAndGet();
    if (!isPostgres()) {
      return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
    }
    try (Connection connection = postgres().getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create test database " + name, e);
    }
    return postgres().getJdbcUrl("postgres", name);
  }

  public static String username() {
    return isPostgres() ? "postgres" : "sa";
  }

  public static String password() {
    return isPostgres() ? "postgres" : "";
  }

  private static synchronized EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
      }
    }
    return postgres;
  }

  /** Points a Spring Boot test's data source at a fresh database of the selected kind. */
  public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext context) {
      TestPropertyValues.of(
          "spring.datasource.url=" + newDatabaseUrl("app"),
          "spring.datasource.username=" + username(),
          "spring.datasource.password=" + password())
          .applyTo(context.getEnvironment());
    }
  }
}
