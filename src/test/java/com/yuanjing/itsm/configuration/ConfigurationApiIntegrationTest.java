package com.yuanjing.itsm.configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuanjing.itsm.testsupport.SuiteClient;
import com.yuanjing.itsm.testsupport.SuiteIntegrationTest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code /api/cis} and {@code /api/software-library} over HTTP on the whole suite. The tests share one
 * database, so each uses names and release keys of its own.
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
  @Autowired ObjectMapper json;
  SuiteClient client;

  @BeforeEach
  void connect() {
    client = new SuiteClient(port);
  }

  @Test
  void registerRelateAnalyseImpactAndReadHistory() throws Exception {
    JsonNode server = created(register("config", "SERVER", unique("app-srv"), null));
    JsonNode database = created(register("admin", "DATABASE", unique("trade-db"), "core-accounting"));
    JsonNode app = created(register("config", "APPLICATION", unique("trade"), "online-banking"));
    assertThat(app.get("status").asText()).isEqualTo("ACTIVE");
    assertThat(app.get("revision").asInt()).isEqualTo(1);
    assertThat(app.get("createdBy").asText()).isEqualTo("config");

    HttpResponse<String> runsOn = client.postJson("config", "/api/cis/" + app.get("id") + "/relations",
        body(Map.of("type", "RUNS_ON", "targetId", server.get("id").asLong(), "reason", "部署到测试服务器")));
    assertThat(runsOn.statusCode()).as(runsOn.body()).isEqualTo(201);
    assertThat(json.readTree(runsOn.body()).get("otherName").asText()).isEqualTo(server.get("name").asText());
    assertThat(client.postJson("config", "/api/cis/" + app.get("id") + "/relations",
        body(Map.of("type", "DEPENDS_ON", "targetId", database.get("id").asLong(), "reason", "使用数据库")))
        .statusCode()).isEqualTo(201);

    JsonNode relations = read("auditor", "/api/cis/" + server.get("id") + "/relations");
    assertThat(relations).hasSize(1);
    assertThat(relations.get(0).get("direction").asText()).isEqualTo("INCOMING");
    assertThat(relations.get(0).get("otherType").asText()).isEqualTo("APPLICATION");
    assertThat(relations.get(0).get("otherName").asText()).isEqualTo(app.get("name").asText());

    JsonNode impact = read("auditor", "/api/cis/" + database.get("id") + "/impact");
    assertThat(impact.get("item").get("id").asLong()).isEqualTo(database.get("id").asLong());
    assertThat(impact.get("impacted")).hasSize(1);
    assertThat(impact.get("impacted").get(0).get("name").asText()).isEqualTo(app.get("name").asText());
    assertThat(impact.get("impacted").get(0).get("distance").asInt()).isEqualTo(1);
    assertThat(field(impact.get("services"), "id")).containsExactly("core-accounting", "online-banking");
    assertThat(field(impact.get("services"), "name")).containsExactly("核心账务系统", "网上银行系统");

    HttpResponse<String> updated = client.putJson("config", "/api/cis/" + app.get("id"), body(Map.of(
        "name", app.get("name").asText(), "serviceId", "online-banking", "environment", "TEST", "version", "2.0",
        "revision", 1, "reason", "升级")));
    assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
    assertThat(json.readTree(updated.body()).get("revision").asInt()).isEqualTo(2);
    long relationId = json.readTree(runsOn.body()).get("id").asLong();
    HttpResponse<String> removed = client.delete("config", "/api/cis/" + app.get("id") + "/relations/" + relationId
        + "?reason=%E8%BF%81%E8%B5%B0");
    assertThat(removed.statusCode()).as(removed.body()).isEqualTo(204);

    JsonNode history = read("auditor", "/api/cis/" + app.get("id") + "/history");
    assertThat(field(history, "operation")).containsExactly("RELATION_REMOVED", "UPDATED", "RELATION_ADDED",
        "RELATION_ADDED", "REGISTERED");
    assertThat(history.get(0).get("reason").asText()).isEqualTo("迁走");
    assertThat(history.get(1).get("snapshot").get("version").asText()).as("the snapshot is JSON").isEqualTo("2.0");
    assertThat(read("desk", "/api/cis?type=APPLICATION&name=" + app.get("name").asText().toUpperCase()))
        .singleElement().satisfies(found -> assertThat(found.get("id").asLong()).isEqualTo(app.get("id").asLong()));

    HttpResponse<String> retired = client.postJson("admin", "/api/cis/" + server.get("id") + "/retire",
        body(Map.of("reason", "下线")));
    assertThat(retired.statusCode()).as(retired.body()).isEqualTo(200);
    assertThat(json.readTree(retired.body()).get("status").asText()).isEqualTo("RETIRED");
  }

  @Test
  void aProductionItemWithoutAnApprovedChangeIsRefused() throws Exception {
    String name = unique("prod");
    HttpResponse<String> answer = client.postJson("config", "/api/cis", body(Map.of("type", "SERVER", "name", name,
        "environment", "PRODUCTION", "reason", "上线", "changeKey", "CHG-2026-999999")));

    assertThat(answer.statusCode()).isEqualTo(400);
    JsonNode error = json.readTree(answer.body());
    assertThat(error.get("errors").get(0).get("field").asText()).isEqualTo("changeKey");
    assertThat(error.get("message").asText()).contains("变更单号", "未找到已批准的变更 CHG-2026-999999");
    assertThat(read("auditor", "/api/cis?name=" + name)).isEmpty();
  }

  @Test
  void badInputNamesTheFields() throws Exception {
    HttpResponse<String> register = client.postJson("config", "/api/cis",
        body(Map.of("type", "ROUTER", "environment", "PROD", "name", "x", "colour", "red")));
    assertThat(register.statusCode()).isEqualTo(400);
    assertThat(field(json.readTree(register.body()).get("errors"), "field"))
        .containsExactlyInAnyOrder("type", "environment", "colour");

    HttpResponse<String> search = client.get("auditor", "/api/cis?type=ROUTER&status=GONE&limit=abc");
    assertThat(search.statusCode()).isEqualTo(400);
    JsonNode error = json.readTree(search.body());
    assertThat(field(error.get("errors"), "field")).containsExactly("type", "status", "limit");
    assertThat(error.get("message").asText()).contains("类型", "状态", "条数");

    JsonNode item = created(register("config", "MIDDLEWARE", unique("mq"), null));
    HttpResponse<String> noRevision = client.putJson("config", "/api/cis/" + item.get("id"),
        body(Map.of("name", item.get("name").asText(), "environment", "TEST", "reason", "改")));
    assertThat(noRevision.statusCode()).isEqualTo(400);
    assertThat(json.readTree(noRevision.body()).get("errors").get(0).get("field").asText()).isEqualTo("revision");
    HttpResponse<String> noReason = client.postJson("config", "/api/cis/" + item.get("id") + "/relations",
        body(Map.of("type", "RUNS_ON", "targetId", item.get("id").asLong())));
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("变更原因");
  }

  @Test
  void aStaleRevisionIsAConflict() throws Exception {
    JsonNode item = created(register("config", "SERVER", unique("srv"), null));
    Map<String, Object> update = Map.of("name", item.get("name").asText(), "environment", "TEST", "version", "2",
        "revision", 1, "reason", "改");
    assertThat(client.putJson("config", "/api/cis/" + item.get("id"), body(update)).statusCode()).isEqualTo(200);

    HttpResponse<String> stale = client.putJson("admin", "/api/cis/" + item.get("id"), body(update));

    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(json.readTree(stale.body()).get("message").asText()).contains("已被他人修改", "刷新");
    assertThat(read("auditor", "/api/cis/" + item.get("id")).get("revision").asInt()).isEqualTo(2);
  }

  @Test
  void onlyConfigurationManagersAndAdministratorsWrite() throws Exception {
    JsonNode item = created(register("config", "SERVER", unique("guarded"), null));
    String path = "/api/cis/" + item.get("id");

    for (HttpResponse<String> answer : List.of(
        client.postJson("engineer", "/api/cis", body(Map.of("type", "SERVER", "name", unique("x"),
            "environment", "TEST", "reason", "r"))),
        client.putJson("auditor", path, body(Map.of("revision", 1, "reason", "r"))),
        client.postJson("release", path + "/retire", body(Map.of("reason", "r"))),
        client.postJson("manager", path + "/relations", body(Map.of("reason", "r"))),
        client.delete("desk", path + "/relations/1?reason=r"))) {
      assertThat(answer.statusCode()).as(answer.uri().toString()).isEqualTo(403);
      assertThat(json.readTree(answer.body()).get("message").asText()).isEqualTo("只有配置管理员或系统管理员可以修改配置项");
    }
    assertThat(read("engineer", path).get("revision").asInt()).isEqualTo(1);
  }

  @Test
  void anonymousCallsGet401() {
    JsonNode item = created(register("config", "SERVER", unique("anonymous"), null));
    String release = nextReleaseKey();
    library.record(new SoftwarePackage(release, "oa.tar.gz", "oa:1.0.0", CHECKSUM, "nexus://oa", BASE, null));

    for (String path : new String[] {"/api/cis", "/api/cis/" + item.get("id"), "/api/cis/" + item.get("id")
        + "/history", "/api/cis/" + item.get("id") + "/relations", "/api/cis/" + item.get("id") + "/impact",
        "/api/software-library/" + release}) {
      assertThat(client.get(null, path).statusCode()).as(path).isEqualTo(401);
      assertThat(client.get("auditor", path).statusCode()).as(path).isEqualTo(200);
    }
    assertThat(client.postJson(null, "/api/cis", "{}").statusCode()).isEqualTo(401);
    assertThat(client.postJson("security:wrong", "/api/cis", "{}").statusCode()).isEqualTo(401);
  }

  @Test
  void unknownItemsAndReleasesAreNotFound() throws Exception {
    for (String path : new String[] {"/api/cis/987654321", "/api/cis/987654321/history",
        "/api/cis/987654321/relations", "/api/cis/987654321/impact"}) {
      HttpResponse<String> answer = client.get("auditor", path);
      assertThat(answer.statusCode()).as(path).isEqualTo(404);
      assertThat(json.readTree(answer.body()).get("message").asText()).isEqualTo("未找到配置项 #987654321");
    }
    assertThat(client.putJson("config", "/api/cis/987654321", body(Map.of("revision", 1))).statusCode())
        .isEqualTo(404);
    JsonNode item = created(register("config", "SERVER", unique("lonely"), null));
    HttpResponse<String> relation = client.delete("config", "/api/cis/" + item.get("id") + "/relations/987654321"
        + "?reason=r");
    assertThat(relation.statusCode()).isEqualTo(404);
    assertThat(json.readTree(relation.body()).get("message").asText()).contains("未找到配置项", "的关系 #987654321");

    HttpResponse<String> softwarePackage = client.get("auditor", "/api/software-library/REL-2026-999999");
    assertThat(softwarePackage.statusCode()).isEqualTo(404);
    assertThat(json.readTree(softwarePackage.body()).get("message").asText())
        .isEqualTo("未找到发布 REL-2026-999999 的软件包记录");
  }

  @Test
  void aRecordedDeploymentIsAProductionApplicationWithItsRelease() throws Exception {
    String name = unique("gateway");
    String release = nextReleaseKey();
    items.recordDeployment(release, "online-banking", name, "2.4.1", "app01,app02", BASE, "release");

    JsonNode item = read("auditor", "/api/cis?type=APPLICATION&environment=PRODUCTION&service=online-banking&name="
        + name).get(0);
    assertThat(item.get("version").asText()).isEqualTo("2.4.1");
    assertThat(item.get("location").asText()).isEqualTo("app01,app02");
    JsonNode history = read("auditor", "/api/cis/" + item.get("id") + "/history");
    assertThat(history.get(0).get("operation").asText()).isEqualTo("DEPLOYED");
    assertThat(history.get(0).get("releaseKey").asText()).isEqualTo(release);
    assertThat(Instant.parse(history.get(0).get("deployedAt").asText())).isEqualTo(BASE);
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

  private HttpResponse<String> register(String user, String type, String name, String serviceId) {
    Map<String, Object> item = new java.util.HashMap<>(Map.of("type", type, "name", name, "environment", "TEST",
        "location", "10.1.0.1", "reason", "登记 " + name));
    if (serviceId != null) {
      item.put("serviceId", serviceId);
    }
    return client.postJson(user, "/api/cis", body(item));
  }

  private JsonNode created(HttpResponse<String> answer) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    try {
      return json.readTree(answer.body());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private JsonNode read(String user, String path) throws Exception {
    HttpResponse<String> answer = client.get(user, path);
    assertThat(answer.statusCode()).as("%s: %s", path, answer.body()).isEqualTo(200);
    return json.readTree(answer.body());
  }

  private String body(Map<String, Object> fields) {
    try {
      return json.writeValueAsString(fields);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String unique(String prefix) {
    return prefix + "-" + NUMBER.incrementAndGet();
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
