package com.yuanjing.itsm.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuanjing.itsm.testsupport.SuiteClient;
import com.yuanjing.itsm.testsupport.SuiteIntegrationTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code POST /api/alerts/alertmanager} with notifications as Alertmanager sends them (webhook payload
 * version 4), and {@code GET /api/alerts}. The tests share one database and use fingerprints of their own.
 */
@SuiteIntegrationTest
class AlertmanagerIntegrationTest {

  private static final String WEBHOOK = "/api/alerts/alertmanager";
  private static final AtomicInteger NUMBER = new AtomicInteger();

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;
  SuiteClient client;

  @BeforeEach
  void connect() {
    client = new SuiteClient(port);
  }

  @Test
  void aFiringNotificationIsStoredOnceAndItsResolutionEndsIt() throws Exception {
    String api = fingerprint();
    String ledger = fingerprint();
    String firing = notification("firing", alert("firing", api, "HighLatency", "job", "banking-api", "0001-01-01T00:00:00Z"),
        alert("firing", ledger, "DiskFull", "service", "core-accounting", "0001-01-01T00:00:00Z"));

    HttpResponse<String> created = client.postJson("engineer", WEBHOOK, firing);

    assertThat(created.statusCode()).isEqualTo(200);
    assertThat(counts(created)).containsExactly(2, 2, 0, 0, 0);
    JsonNode listed = json.readTree(client.get("auditor", "/api/alerts?status=FIRING&service=online-banking").body());
    JsonNode alert = find(listed, api);
    assertThat(alert.get("alertName").asText()).isEqualTo("HighLatency");
    assertThat(alert.get("serviceId").asText()).isEqualTo("online-banking");
    assertThat(alert.get("severity").asText()).isEqualTo("critical");
    assertThat(json.readTree(alert.get("annotations").asText()).get("summary").asText()).isEqualTo("响应时间过长");

    HttpResponse<String> repeated = client.postJson("manager", WEBHOOK, firing);

    assertThat(counts(repeated)).containsExactly(2, 0, 2, 0, 0);
    assertThat(rows(api) + rows(ledger)).isEqualTo(2);

    HttpResponse<String> resolved = client.postJson("admin", WEBHOOK,
        notification("resolved", alert("resolved", api, "HighLatency", "job", "banking-api", "2026-03-02T10:45:00+08:00")));

    assertThat(counts(resolved)).containsExactly(1, 0, 0, 1, 0);
    JsonNode ended = find(json.readTree(client.get("engineer", "/api/alerts?status=RESOLVED").body()), api);
    assertThat(ended.get("status").asText()).isEqualTo("RESOLVED");
    assertThat(ended.get("endsAt").asText()).isEqualTo("2026-03-02T02:45:00Z");
    assertThat(json.readTree(client.get("engineer", "/api/alerts?status=FIRING").body()).findValuesAsText("fingerprint"))
        .contains(ledger).doesNotContain(api);
  }

  @Test
  void alertsWithUnknownLabelsAreStoredUnmapped() throws Exception {
    String fingerprint = fingerprint();

    HttpResponse<String> response = client.postJson("engineer", WEBHOOK,
        notification("firing", alert("firing", fingerprint, "NodeDown", "team", "storage", "0001-01-01T00:00:00Z")));

    assertThat(counts(response)).containsExactly(1, 1, 0, 0, 1);
    JsonNode alert = find(json.readTree(client.get("engineer", "/api/alerts").body()), fingerprint);
    assertThat(alert.get("serviceId").isNull()).isTrue();
    assertThat(alert.get("ciId").isNull()).isTrue();
  }

  @Test
  void aMalformedNotificationIsRefusedNamingTheFieldAndStoresNothing() throws Exception {
    String first = fingerprint();
    String valid = alert("firing", first, "HighCpu", "service", "office-oa", "0001-01-01T00:00:00Z");

    assertRefused(notification("firing", valid, alert("firing", "", "HighCpu", "service", "office-oa",
        "0001-01-01T00:00:00Z").replace("\"fingerprint\": \"\",", "")), "alerts[1].fingerprint");
    assertRefused(notification("firing", valid.replace("2026-03-02T10:15:30.123456789+08:00", "2026-03-02 10:15")),
        "alerts[0].startsAt");
    assertRefused(notification("firing", valid).replace("\"version\": \"4\"", "\"version\": \"3\""), "version");
    HttpResponse<String> notJson = client.postJson("engineer", WEBHOOK, "{\"version\": \"4\", \"alerts\": [");
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(json.readTree(notJson.body()).get("message").asText()).contains("JSON");

    assertThat(rows(first)).isZero();
  }

  @Test
  void onlyMonitoringGroupsMaySendAlertsAndAnonymousCallersAreAskedToSignIn() throws Exception {
    String fingerprint = fingerprint();
    String body = notification("firing", alert("firing", fingerprint, "HighCpu", "service", "office-oa",
        "0001-01-01T00:00:00Z"));

    assertThat(client.postJson(null, WEBHOOK, body).statusCode()).isEqualTo(401);
    HttpResponse<String> desk = client.postJson("desk", WEBHOOK, body);
    assertThat(desk.statusCode()).isEqualTo(403);
    assertThat(json.readTree(desk.body()).get("message").asText()).contains("运维工程师");
    assertThat(client.postJson("auditor", WEBHOOK, body).statusCode()).isEqualTo(403);
    assertThat(client.get("desk", "/api/alerts").statusCode()).isEqualTo(403);
    assertThat(client.get(null, "/api/alerts").statusCode()).isEqualTo(401);
    assertThat(rows(fingerprint)).isZero();
  }

  private void assertRefused(String body, String field) throws Exception {
    HttpResponse<String> response = client.postJson("engineer", WEBHOOK, body);
    assertThat(response.statusCode()).as(field).isEqualTo(400);
    JsonNode error = json.readTree(response.body());
    assertThat(error.get("message").asText()).startsWith("Alertmanager 告警通知有误");
    assertThat(error.get("errors").findValuesAsText("field")).containsExactly(field);
  }

  private static String fingerprint() {
    return "itest" + NUMBER.incrementAndGet() + Long.toHexString(System.nanoTime());
  }

  /** An alert as Alertmanager writes it, with the fields the suite does not read. */
  private static String alert(String status, String fingerprint, String name, String label, String value,
      String endsAt) {
    return """
        {
          "status": "%s",
          "labels": {"alertname": "%s", "%s": "%s", "severity": "critical", "prometheus": "monitoring/k8s"},
          "annotations": {"summary": "响应时间过长", "description": "P99 超过 2 秒已持续 5 分钟"},
          "startsAt": "2026-03-02T10:15:30.123456789+08:00",
          "endsAt": "%s",
          "generatorURL": "http://prometheus:9090/graph?g0.expr=up",
          "fingerprint": "%s",
          "silenceURL": "http://alertmanager:9093/#/silences/new"
        }""".formatted(status, name, label, value, endsAt, fingerprint);
  }

  private static String notification(String status, String... alerts) {
    return """
        {
          "version": "4",
          "groupKey": "{}:{alertname=\\"HighLatency\\"}",
          "truncatedAlerts": 0,
          "status": "%s",
          "receiver": "yuanjing-itsm",
          "groupLabels": {"alertname": "HighLatency"},
          "commonLabels": {"severity": "critical"},
          "commonAnnotations": {},
          "externalURL": "http://alertmanager:9093",
          "alerts": [%s]
        }""".formatted(status, String.join(",", alerts));
  }

  private List<Integer> counts(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode body = json.readTree(response.body());
    List<Integer> counts = new ArrayList<>();
    for (String name : List.of("received", "created", "updated", "resolved", "unmapped")) {
      counts.add(body.get(name).asInt());
    }
    return counts;
  }

  private static JsonNode find(JsonNode alerts, String fingerprint) {
    for (JsonNode alert : alerts) {
      if (alert.get("fingerprint").asText().equals(fingerprint)) {
        return alert;
      }
    }
    throw new AssertionError("no alert " + fingerprint + " in " + alerts);
  }

  private int rows(String fingerprint) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM itsm_monitoring_alert WHERE fingerprint = ?", Integer.class,
        fingerprint);
  }
}
