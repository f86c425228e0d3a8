package com.yuanjing.itsm.configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuanjing.itsm.testsupport.SuiteClient;
import com.yuanjing.itsm.testsupport.SuiteIntegrationTest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code /api/configuration-items} and {@code /api/software-library}: deployments and packages recorded
 * through the services, as the release process does, read over HTTP by an auditor. The tests share one
 * database, so each uses application names, services and release keys of its own.
 */
@SuiteIntegrationTest
class ConfigurationApiIntegrationTest {

  private static final AtomicInteger NUMBER = new AtomicInteger(900_000);
  private static final Instant BASE = Instant.parse("2026-03-07T14:30:00Z");
  private static final String CHECKSUM = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  @LocalServerPort int port;
  @Autowired ConfigurationItemService items;
  @Autowired DefinitiveSoftwareLibrary library;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired ObjectMapper json;
  SuiteClient client;

  @BeforeEach
  void connect() {
    client = new SuiteClient(port);
  }

  @Test
  void aNewDeploymentUpdatesTheItemAndKeepsThePreviousVersionInItsHistory() throws Exception {
    String name = "gateway-" + NUMBER.incrementAndGet() + ".api";
    String first = nextReleaseKey();
    String second = nextReleaseKey();
    items.recordDeployment(first, "online-banking", name, "2.3.0", "app01,app02", BASE, "release");
    items.recordDeployment(second, "online-banking", name, "2.4.1", "app01,app02,app03",
        BASE.plus(7, ChronoUnit.DAYS), "release2");

    HttpResponse<String> answer = client.get("auditor", "/api/configuration-items/" + name);

    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode item = json.readTree(answer.body());
    assertThat(item.get("name").asText()).isEqualTo(name);
    assertThat(item.get("serviceId").asText()).isEqualTo("online-banking");
    assertThat(item.get("version").asText()).isEqualTo("2.4.1");
    assertThat(item.get("deployedOn").asText()).isEqualTo("app01,app02,app03");
    assertThat(Instant.parse(item.get("deployedAt").asText())).isEqualTo(BASE.plus(7, ChronoUnit.DAYS));
    assertThat(item.get("releaseKey").asText()).isEqualTo(second);
    assertThat(item.get("updatedBy").asText()).isEqualTo("release2");

    JsonNode history = readHistory(name);
    assertThat(field(history, "version")).containsExactly("2.4.1", "2.3.0");
    assertThat(field(history, "releaseKey")).containsExactly(second, first);
    assertThat(field(history, "updatedBy")).containsExactly("release2", "release");
    assertThat(Instant.parse(history.get(1).get("deployedAt").asText())).isEqualTo(BASE);
    assertThat(history.get(1).get("deployedOn").asText()).isEqualTo("app01,app02");
    assertThat(jdbc.queryForList("SELECT previous_version FROM itsm_configuration_item_history WHERE name = ? "
        + "ORDER BY id", String.class, name)).containsExactly(null, "2.3.0");
    assertThat(items.history(name)).first().isEqualTo(items.find(name).orElseThrow());
  }

  @Test
  void anOlderDeploymentRecordedLateOnlyAddsHistory() throws Exception {
    String name = "ledger-" + NUMBER.incrementAndGet();
    String older = nextReleaseKey();
    String newer = nextReleaseKey();
    items.recordDeployment(newer, "core-accounting", name, "2.0.0", "db01", BASE.plus(1, ChronoUnit.DAYS), "release");

    // release "older" deployed first, but its job failed and ran again only after "newer" was recorded
    items.recordDeployment(older, "core-accounting", name, "1.9.0", "db01", BASE, "release");

    assertThat(items.find(name)).hasValueSatisfying(item -> {
      assertThat(item.version()).isEqualTo("2.0.0");
      assertThat(item.releaseKey()).isEqualTo(newer);
    });
    assertThat(historyRows(name)).isEqualTo(2);
  }

  @Test
  void recordingTheSameReleaseAgainAppendsNoSecondHistoryRow() throws Exception {
    String name = "batch-" + NUMBER.incrementAndGet();
    String first = nextReleaseKey();
    String second = nextReleaseKey();
    items.recordDeployment(first, "core-accounting", name, "1.0.0", "batch01", BASE, "release");
    ConfigurationItem recorded = items.find(name).orElseThrow();

    // a retried job: same release, name and version, later clock
    items.recordDeployment(first, "core-accounting", name, "1.0.0", "batch01", BASE.plusSeconds(90), "release");

    assertThat(items.find(name)).contains(recorded);
    assertThat(historyRows(name)).isEqualTo(1);
    assertThat(readHistory(name)).hasSize(1);

    items.recordDeployment(second, "core-accounting", name, "1.1.0", "batch01", BASE.plus(1, ChronoUnit.DAYS),
        "release");
    items.recordDeployment(first, "core-accounting", name, "1.0.0", "batch01", BASE.plus(2, ChronoUnit.DAYS),
        "release");

    assertThat(items.find(name)).as("a late retry does not turn the item back")
        .hasValueSatisfying(item -> assertThat(item.version()).isEqualTo("1.1.0"));
    assertThat(field(readHistory(name), "version")).containsExactly("1.1.0", "1.0.0");
  }

  @Test
  void itemsAreListedByService() throws Exception {
    String service = "svc-" + NUMBER.incrementAndGet();
    String release = nextReleaseKey();
    items.recordDeployment(release, service, "web-" + service, "3.0.0", "web01", BASE, "release");
    items.recordDeployment(release, service, "api-" + service, "5.2.0", "api01", BASE, "release");
    items.recordDeployment(release, "customer-portal", "portal-" + service, "1.0.0", "web09", BASE, "release");

    HttpResponse<String> answer = client.get("auditor", "/api/configuration-items?service=" + service);

    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode list = json.readTree(answer.body());
    assertThat(field(list, "name")).containsExactly("api-" + service, "web-" + service);
    assertThat(field(list, "version")).containsExactly("5.2.0", "3.0.0");
    assertThat(field(list, "serviceId")).containsOnly(service);
    assertThat(json.readTree(client.get("auditor", "/api/configuration-items?service=unknown-service").body()))
        .isEmpty();
  }

  @Test
  void listingWithoutAServiceIsRefused() throws Exception {
    for (String path : new String[] {"/api/configuration-items", "/api/configuration-items?service=%20"}) {
      HttpResponse<String> answer = client.get("auditor", path);
      assertThat(answer.statusCode()).as(path).isEqualTo(400);
      JsonNode body = json.readTree(answer.body());
      assertThat(body.get("message").asText()).contains("服务");
      assertThat(body.get("errors").get(0).get("field").asText()).isEqualTo("service");
    }
  }

  @Test
  void unknownItemsAndReleasesAreNotFound() throws Exception {
    HttpResponse<String> item = client.get("auditor", "/api/configuration-items/no-such-app");
    HttpResponse<String> history = client.get("auditor", "/api/configuration-items/no-such-app/history");
    HttpResponse<String> softwarePackage = client.get("auditor", "/api/software-library/REL-2026-999999");

    assertThat(item.statusCode()).isEqualTo(404);
    assertThat(json.readTree(item.body()).get("message").asText()).isEqualTo("未找到配置项 no-such-app");
    assertThat(history.statusCode()).isEqualTo(404);
    assertThat(json.readTree(history.body()).get("message").asText()).isEqualTo("未找到配置项 no-such-app");
    assertThat(softwarePackage.statusCode()).isEqualTo(404);
    assertThat(json.readTree(softwarePackage.body()).get("message").asText())
        .isEqualTo("未找到发布 REL-2026-999999 的软件包记录");
  }

  @Test
  void anonymousCallsGet401() {
    String name = "anonymous-" + NUMBER.incrementAndGet();
    String release = nextReleaseKey();
    items.recordDeployment(release, "office-oa", name, "1.0.0", null, BASE, null);
    library.record(new SoftwarePackage(release, "oa.tar.gz", name + ":1.0.0", CHECKSUM, "nexus://oa", BASE, null));

    for (String path : new String[] {"/api/configuration-items?service=office-oa", "/api/configuration-items/" + name,
        "/api/configuration-items/" + name + "/history", "/api/software-library/" + release}) {
      assertThat(client.get(null, path).statusCode()).as(path).isEqualTo(401);
      assertThat(client.get("auditor", path).statusCode()).as(path).isEqualTo(200);
    }
  }

  @Test
  void theSoftwareLibraryRecordsAReleasePackageOnce() throws Exception {
    String release = nextReleaseKey();
    SoftwarePackage pkg = new SoftwarePackage(release, "online-banking-2.4.1.tar.gz",
        "gateway:2.4.1, batch:1.9.0", CHECKSUM, "nexus://releases/online-banking/2.4.1", BASE, "release");
    library.record(pkg);
    library.record(new SoftwarePackage(release, pkg.packageName(), pkg.versionSummary(), CHECKSUM.toUpperCase(),
        pkg.location(), BASE.plusSeconds(60), "release2"));

    HttpResponse<String> answer = client.get("auditor", "/api/software-library/" + release);

    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode stored = json.readTree(answer.body());
    assertThat(stored.get("releaseKey").asText()).isEqualTo(release);
    assertThat(stored.get("packageName").asText()).isEqualTo("online-banking-2.4.1.tar.gz");
    assertThat(stored.get("versionSummary").asText()).isEqualTo("gateway:2.4.1, batch:1.9.0");
    assertThat(stored.get("checksum").asText()).isEqualTo(CHECKSUM);
    assertThat(stored.get("location").asText()).isEqualTo("nexus://releases/online-banking/2.4.1");
    assertThat(Instant.parse(stored.get("recordedAt").asText())).as("the first record stays").isEqualTo(BASE);
    assertThat(stored.get("recordedBy").asText()).isEqualTo("release");
    assertThat(library.find(release)).contains(pkg);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM itsm_software_package WHERE release_key = ?",
        Integer.class, release)).isEqualTo(1);

    assertThatThrownBy(() -> library.record(new SoftwarePackage(release, pkg.packageName(), pkg.versionSummary(),
        "0".repeat(64), pkg.location(), BASE, "release")))
        .as("a different package for the same release").isInstanceOf(IllegalStateException.class);
    assertThat(library.find(release)).contains(pkg);
  }

  @Test
  void missingTimesAreTheEnginesClock() {
    Instant engineNow = ClockUtil.getCurrentTime().toInstant();
    String name = "clock-" + NUMBER.incrementAndGet();
    String release = nextReleaseKey();

    items.recordDeployment(release, "office-oa", name, "1.0.0", null, null, null);
    library.record(new SoftwarePackage(release, "oa.zip", name + ":1.0.0", CHECKSUM, "nexus://oa", null, null));

    assertThat(items.find(name).orElseThrow().deployedAt()).isBetween(engineNow.minusSeconds(5),
        engineNow.plusSeconds(5));
    assertThat(library.find(release).orElseThrow().recordedAt()).isBetween(engineNow.minusSeconds(5),
        engineNow.plusSeconds(5));
  }

  @Test
  void incompleteRecordsAreRefused() {
    String release = nextReleaseKey();
    assertThatThrownBy(() -> items.recordDeployment(release, "office-oa", " ", "1.0.0", null, BASE, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> items.recordDeployment(release, null, "app", "1.0.0", null, BASE, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> items.recordDeployment(release, "office-oa", "app", "1".repeat(51), null, BASE, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> library.record(new SoftwarePackage(release, "oa.zip", "oa:1", "", "nexus://oa",
        BASE, null))).isInstanceOf(IllegalArgumentException.class);
    assertThat(items.find("app")).isEmpty();
    assertThat(library.find(release)).isEmpty();
  }

  @Test
  void recordingJoinsTheCallersTransaction() {
    String name = "transaction-" + NUMBER.incrementAndGet();
    String release = nextReleaseKey();
    TransactionTemplate transaction = new TransactionTemplate(transactionManager);

    transaction.executeWithoutResult(status -> {
      items.recordDeployment(release, "office-oa", name, "1.0.0", null, BASE, null);
      library.record(new SoftwarePackage(release, "oa.zip", name + ":1.0.0", CHECKSUM, "nexus://oa", BASE, null));
      assertThat(items.find(name)).isPresent();
      status.setRollbackOnly();
    });

    assertThat(items.find(name)).as("rolled back with the caller").isEmpty();
    assertThat(items.history(name)).isEmpty();
    assertThat(library.find(release)).isEmpty();
    transaction.executeWithoutResult(status -> {
      items.recordDeployment(release, "office-oa", name, "1.0.0", null, BASE, null);
      items.recordDeployment(release, "office-oa", name, "1.0.0", null, BASE, null);
      library.record(new SoftwarePackage(release, "oa.zip", name + ":1.0.0", CHECKSUM, "nexus://oa", BASE, null));
      library.record(new SoftwarePackage(release, "oa.zip", name + ":1.0.0", CHECKSUM, "nexus://oa", BASE, null));
    });
    assertThat(historyRows(name)).isEqualTo(1);
    assertThat(library.find(release)).isPresent();
  }

  private JsonNode readHistory(String name) throws Exception {
    HttpResponse<String> answer = client.get("auditor", "/api/configuration-items/" + name + "/history");
    assertThat(answer.statusCode()).as("history of %s", name).isEqualTo(200);
    return json.readTree(answer.body());
  }

  private int historyRows(String name) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM itsm_configuration_item_history WHERE name = ?",
        Integer.class, name);
  }

  private static String nextReleaseKey() {
    return "REL-2026-" + NUMBER.incrementAndGet();
  }

  private static List<String> field(JsonNode nodes, String field) {
    List<String> values = new ArrayList<>();
    nodes.forEach(node -> values.add(node.get(field).asText()));
    return values;
  }
}
