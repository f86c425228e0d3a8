package com.yuanjing.itsm.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuanjing.itsm.testsupport.SuiteClient;
import com.yuanjing.itsm.testsupport.SuiteIntegrationTest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code /api/service-reports}: a report requested through the start form, and the on-time rate. */
@SuiteIntegrationTest
class ServiceReportApiIntegrationTest {

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  SuiteClient client;

  @BeforeEach
  void connect() {
    client = new SuiteClient(port);
  }

  @Test
  void managersRequestAReportInTasklistAndEveryReaderLooksItUp() throws Exception {
    String dueAt = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(30).truncatedTo(ChronoUnit.MINUTES).toString();
    HttpResponse<String> started = client.postJson("manager",
        "/engine-rest/process-definition/key/serviceReporting/submit-form", """
            {"variables": {
              "reportType": {"value": "STAGE_SUMMARY"}, "customer": {"value": "京华银行"},
              "serviceId": {"value": "online-banking"}, "title": {"value": "网上银行系统三季度阶段总结"},
              "dueAt": {"value": "%s"}, "author": {"value": "engineer"},
              "requirements": {"value": "按季度总结运行情况"}}}
            """.formatted(dueAt));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String key = json.readTree(started.body()).get("businessKey").asText();
    assertThat(key).matches("RPT-\\d{4}-\\d{6}");

    HttpResponse<String> answer = client.get("manager", "/api/service-reports/" + key);

    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode report = json.readTree(answer.body());
    assertThat(report.get("state").asText()).isEqualTo("OPEN");
    assertThat(report.get("reportTypeLabel").asText()).isEqualTo("阶段性总结报告");
    assertThat(report.get("serviceName").asText()).isEqualTo("网上银行系统");
    assertThat(report.get("author").asText()).isEqualTo("engineer");
    assertThat(report.get("dueAt").isNull()).isFalse();
    assertThat(report.get("submittedAt").isNull()).isTrue();
    for (String reader : new String[] {"engineer", "quality", "desk", "auditor"}) {
      assertThat(client.get(reader, "/api/service-reports/" + key).statusCode()).as(reader).isEqualTo(200);
    }
    assertThat(client.get("release", "/api/service-reports/" + key).statusCode())
        .as("a group without access to report history").isEqualTo(404);
    assertThat(client.get(null, "/api/service-reports/" + key).statusCode()).isEqualTo(401);
  }

  @Test
  void startFormRefusesAPastDueDateNamingTheField() throws Exception {
    HttpResponse<String> refused = client.postJson("quality",
        "/engine-rest/process-definition/key/serviceReporting/submit-form", """
            {"variables": {
              "reportType": {"value": "TECHNICAL_PROPOSAL"}, "customer": {"value": "元景科技"},
              "title": {"value": "办公自动化系统升级方案"}, "dueAt": {"value": "2020-01-01T18:00+08:00"},
              "requirements": {"value": "方案需含回退计划"}}}
            """);

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json.readTree(refused.body()).get("message").asText()).contains("截止时间：必须晚于当前时间");
    assertThat(client.postJson("engineer", "/engine-rest/process-definition/key/serviceReporting/submit-form",
        "{\"variables\": {}}").statusCode()).as("engineers do not request reports").isEqualTo(403);
  }

  @Test
  void unknownReportIsNotFound() throws Exception {
    HttpResponse<String> answer = client.get("manager", "/api/service-reports/RPT-2026-999999");

    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(json.readTree(answer.body()).get("message").asText()).contains("未找到服务报告 RPT-2026-999999");
  }

  @Test
  void onTimeRateOfAPeriodWithTheTarget() throws Exception {
    HttpResponse<String> answer = client.get("auditor", "/api/service-reports/on-time-rate?period=2020-Q4");

    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode rate = json.readTree(answer.body());
    assertThat(rate.get("period").asText()).isEqualTo("2020-Q4");
    assertThat(rate.get("due").asLong()).isZero();
    assertThat(rate.get("target").asDouble()).isEqualTo(0.95);
    assertThat(rate.get("status").asText()).isEqualTo("无应提交报告");
  }

  @Test
  void onlyThoseWhoOverseeReportingReadTheRateWithItsLateReports() throws Exception {
    for (String reader : new String[] {"manager", "quality", "auditor", "admin"}) {
      assertThat(client.get(reader, "/api/service-reports/on-time-rate?period=2020-Q4").statusCode()).as(reader)
          .isEqualTo(200);
    }
    for (String other : new String[] {"engineer", "desk", "release"}) {
      HttpResponse<String> refused = client.get(other, "/api/service-reports/on-time-rate?period=2020-Q4");
      assertThat(refused.statusCode()).as(other).isEqualTo(403);
      assertThat(json.readTree(refused.body()).get("message").asText()).as(other).isEqualTo(ServiceReportController.RATE_READERS_ONLY);
    }
  }

  @Test
  void badOrMissingPeriodIsRefusedNamingIt() throws Exception {
    for (String query : new String[] {"?period=2026-Q5", "?period=Q4", ""}) {
      HttpResponse<String> answer = client.get("manager", "/api/service-reports/on-time-rate" + query);

      assertThat(answer.statusCode()).as(query).isEqualTo(400);
      JsonNode body = json.readTree(answer.body());
      assertThat(body.get("message").asText()).contains("统计周期");
      assertThat(body.get("errors").get(0).get("field").asText()).isEqualTo("period");
    }
  }

  @Test
  void anonymousCallersGetNoRate() {
    assertThat(client.get(null, "/api/service-reports/on-time-rate?period=2026-Q4").statusCode()).isEqualTo(401);
    assertThat(client.get("cab:wrong", "/api/service-reports/on-time-rate?period=2026-Q4").statusCode())
        .isEqualTo(401);
  }
}
