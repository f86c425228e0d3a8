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

  // July 2023: a period no other test of the shared database records outages in
  @Test
  void readersSeeTheAvailabilityOfEveryKeyServiceAndItsOutages() throws Exception {
    ZoneId shanghai = ZoneId.of("Asia/Shanghai");
    long id = outages.open("online-banking", LocalDateTime.parse("2023-07-10T02:00").atZone(shanghai).toInstant(),
        "数据库主节点宕机", false, null, OutageSource.INCIDENT, "INC-2023-000042", "engineer");
    outages.restore(id, LocalDateTime.parse("2023-07-10T05:00").atZone(shanghai).toInstant());
    // not a key service: not in the KPI
    long office = outages.open("office-oa", LocalDateTime.parse("2023-07-11T10:00").atZone(shanghai).toInstant(),
        "邮件服务器宕机", false, null, OutageSource.MANUAL, null, "engineer");
    outages.restore(office, LocalDateTime.parse("2023-07-11T11:00").atZone(shanghai).toInstant());

    HttpResponse<String> answer = client.get("quality", "/api/availability?period=2023-07");
    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode report = json.readTree(answer.body());
    assertThat(report.get("period").asText()).isEqualTo("2023-07");
    assertThat(report.get("target").decimalValue()).isEqualByComparingTo("0.99");
    assertThat(report.get("outageCount").asInt()).as("key services only").isEqualTo(1);
    assertThat(report.get("outageTarget").asInt()).isEqualTo(1);
    assertThat(report.get("outageStatus").asText()).isEqualTo(KpiStatus.MET);
    JsonNode services = report.get("services");
    assertThat(StreamSupport.stream(services.spliterator(), false).map(s -> s.get("serviceId").asText()))
        .as("the key services of the catalogue").contains("online-banking", "core-accounting");
    JsonNode banking = StreamSupport.stream(services.spliterator(), false)
        .filter(s -> s.get("serviceId").asText().equals("online-banking")).findFirst().orElseThrow();
    assertThat(banking.get("serviceHours").asText()).isEqualTo("ALWAYS");
    assertThat(banking.get("agreedSeconds").asLong()).isEqualTo(744 * 3600);
    assertThat(banking.get("unavailableSeconds").asLong()).isEqualTo(3 * 3600);
    assertThat(banking.get("availability").decimalValue()).isEqualByComparingTo("0.9960");
    assertThat(banking.get("outageCount").asInt()).isEqualTo(1);
    assertThat(banking.get("status").asText()).isEqualTo(KpiStatus.MET);

    JsonNode listed = json.readTree(client.get("auditor", "/api/outages?service=online-banking&period=2023-07").body());
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).get("id").asLong()).isEqualTo(id);
    assertThat(listed.get(0).get("sourceKey").asText()).isEqualTo("INC-2023-000042");
    assertThat(json.readTree(client.get("manager", "/api/outages?service=online-banking&period=2023-08").body()))
        .isEmpty();

    // a second interruption of a key service in the month misses the target of one; the quarter allows three
    long second = outages.open("core-accounting", LocalDateTime.parse("2023-07-20T02:00").atZone(shanghai)
        .toInstant(), "存储故障", false, null, OutageSource.MANUAL, null, "engineer");
    outages.restore(second, LocalDateTime.parse("2023-07-20T02:30").atZone(shanghai).toInstant());
    JsonNode missed = json.readTree(client.get("quality", "/api/availability?period=2023-07").body());
    assertThat(missed.get("outageCount").asInt()).isEqualTo(2);
    assertThat(missed.get("outageStatus").asText()).isEqualTo(KpiStatus.NOT_MET);
    JsonNode quarter = json.readTree(client.get("quality", "/api/availability?period=2023-Q3").body());
    assertThat(quarter.get("outageTarget").asInt()).isEqualTo(3);
    assertThat(quarter.get("outageStatus").asText()).isEqualTo(KpiStatus.MET);
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
