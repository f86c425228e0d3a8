package com.yuanjing.itsm.availability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuanjing.itsm.kpi.KpiStatus;
import com.yuanjing.itsm.testsupport.SuiteClient;
import com.yuanjing.itsm.testsupport.SuiteIntegrationTest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code /api/availability} and {@code /api/outages} over the real outage records and service catalogue. */
@SuiteIntegrationTest
class AvailabilityApiIntegrationTest {

  @LocalServerPort int port;
  @Autowired OutageRecords outages;
  @Autowired ObjectMapper json;
  SuiteClient client;

  @BeforeEach
  void connect() {
    client = new SuiteClient(port);
  }

  @Test
  void readersSeeTheAvailabilityOfEveryKeyServiceAndItsOutages() throws Exception {
    ZoneId shanghai = ZoneId.of("Asia/Shanghai");
    long id = outages.open("online-banking", LocalDateTime.parse("2026-11-10T02:00").atZone(shanghai).toInstant(),
        "数据库主节点宕机", false, null, OutageSource.INCIDENT, "INC-2026-000042", "engineer");
    outages.restore(id, LocalDateTime.parse("2026-11-10T05:00").atZone(shanghai).toInstant());

    HttpResponse<String> answer = client.get("quality", "/api/availability?period=2026-11");
    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode report = json.readTree(answer.body());
    assertThat(report.get("period").asText()).isEqualTo("2026-11");
    assertThat(report.get("target").decimalValue()).isEqualByComparingTo("0.99");
    assertThat(report.get("outageCount").asInt()).as("all key services").isEqualTo(1);
    JsonNode services = report.get("services");
    assertThat(StreamSupport.stream(services.spliterator(), false).map(s -> s.get("serviceId").asText()))
        .as("the key services of the catalogue").contains("online-banking", "core-accounting");
    JsonNode banking = StreamSupport.stream(services.spliterator(), false)
        .filter(s -> s.get("serviceId").asText().equals("online-banking")).findFirst().orElseThrow();
    assertThat(banking.get("serviceHours").asText()).isEqualTo("ALWAYS");
    assertThat(banking.get("agreedSeconds").asLong()).isEqualTo(720 * 3600);
    assertThat(banking.get("unavailableSeconds").asLong()).isEqualTo(3 * 3600);
    assertThat(banking.get("availability").decimalValue()).isEqualByComparingTo("0.9958");
    assertThat(banking.get("outageCount").asInt()).isEqualTo(1);
    assertThat(banking.get("status").asText()).isEqualTo(KpiStatus.MET);

    JsonNode listed = json.readTree(client.get("auditor", "/api/outages?service=online-banking&period=2026-11").body());
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).get("id").asLong()).isEqualTo(id);
    assertThat(listed.get(0).get("sourceKey").asText()).isEqualTo("INC-2026-000042");
    assertThat(json.readTree(client.get("manager", "/api/outages?service=online-banking&period=2026-12").body()))
        .isEmpty();
  }

  @Test
  void theServiceDeskMayNotReadAndABadPeriodIsRefused() throws Exception {
    assertThat(client.get("desk", "/api/availability?period=2026-11").statusCode()).isEqualTo(403);
    assertThat(client.get("desk", "/api/outages?period=2026-11").statusCode()).isEqualTo(403);

    HttpResponse<String> bad = client.get("admin", "/api/availability?period=2026-13");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("统计周期");
    assertThat(client.get("admin", "/api/outages").statusCode()).as("no silent default period").isEqualTo(400);
  }
}
