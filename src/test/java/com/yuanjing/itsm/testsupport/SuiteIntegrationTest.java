package com.yuanjing.itsm.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole suite on a random port and a fresh database of the selected kind (H2 or PostgreSQL), with
 * the job executor off so that tests run jobs themselves. The context closes after its class, while
 * the database is still there (an embedded PostgreSQL stops when the test JVM exits).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"camunda.bpm.job-execution.enabled=false", "itsm.identity.demo-users=true"})
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
@DirtiesContext
public @interface SuiteIntegrationTest {}
