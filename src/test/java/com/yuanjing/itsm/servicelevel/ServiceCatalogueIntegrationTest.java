package com.yuanjing.itsm.servicelevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuanjing.itsm.incident.IncidentReports;
import com.yuanjing.itsm.sla.SupportHours;
import com.yuanjing.itsm.testsupport.SuiteClient;
import com.yuanjing.itsm.testsupport.SuiteIntegrationTest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The service catalogue on a running suite: seeding, versions, what can be chosen, the forms and the API. */
@SuiteIntegrationTest
class ServiceCatalogueIntegrationTest {

  private static final List<String> SEEDED = List.of("core-accounting", "customer-portal", "office-oa", "online-banking");

  @LocalServerPort int port;
  @Autowired ServiceCatalogue catalogue;
  @Autowired CatalogueSeeding seeding;
  @Autowired ServiceSeeds seeds;
  @Autowired ServiceDirectory services;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;
  SuiteClient client;

  @BeforeEach
  void connect() {
    client = new SuiteClient(port);
  }

  @Test
  void configuredServicesArePublishedOnceAsVersionOne() {
    assertThat(catalogue.versions("customer-portal")).singleElement().satisfies(version -> {
      assertThat(version.version()).isEqualTo(1);
      assertThat(version.status()).isEqualTo(ServiceStatus.PUBLISHED);
      assertThat(version.publishedBy()).isEqualTo("system");
      assertThat(version.service()).isEqualTo(seeds.services().stream()
          .filter(s -> s.id().equals("customer-portal")).findFirst().orElseThrow());
    });
    assertThat(catalogue.find("customer-portal").orElseThrow().service().supportHours())
        .isEqualTo(SupportHours.BUSINESS_HOURS);
    assertThat(catalogue.find("online-banking").orElseThrow().service().keyService()).isTrue();
    assertThat(catalogue.find("office-oa").orElseThrow().service().keyService()).isFalse();
    long versions = count("itsm_service_version");

    seeding.afterSingletonsInstantiated();
    // a second node starting at the same moment: its insert meets the first one's unique key
    assertThat(catalogue.seed(seeds.services().get(0))).isFalse();

    assertThat(count("itsm_service_version")).isEqualTo(versions);
    assertThat(catalogue.all()).extracting(entry -> entry.service().id()).containsAll(SEEDED);
  }

  @Test
  void publishingKeepsEveryVersionAndARetryPublishesNothingTwice() throws Exception {
    ItService core = catalogue.find("core-accounting").orElseThrow().service();
    ItService extended = new ItService(core.id(), core.name(), core.customer(), core.level(), core.supportHours(),
        core.serviceHours(), core.keyService(), List.of("SUNDAY 01:00-05:00", "WEDNESDAY 23:00-01:00"), "manager");
    SlaAgreement sla = new SlaAgreement("SLA-2026-003", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));

    assertThat(catalogue.publish(extended, sla, "manager", "SLM-2026-000900", 1)).isEqualTo(2);
    assertThat(catalogue.publish(extended, sla, "manager", "SLM-2026-000900", 1)).as("retried job").isEqualTo(2);

    assertThat(catalogue.versions("core-accounting")).extracting(CatalogueEntry::version).containsExactly(2, 1);
    assertThat(catalogue.versions("core-accounting").get(1).service()).as("version 1 unchanged").isEqualTo(core);
    assertThat(services.find("core-accounting").orElseThrow().maintenanceWindows())
        .containsExactly("SUNDAY 01:00-05:00", "WEDNESDAY 23:00-01:00");

    JsonNode current = json.readTree(client.get("engineer", "/api/services/core-accounting").body());
    assertThat(current.get("version").asInt()).isEqualTo(2);
    assertThat(current.get("slaDocument").asText()).isEqualTo("SLA-2026-003");
    assertThat(current.get("slaValidTo").asText()).isEqualTo("2027-12-31");
    assertThat(current.get("sourceKey").asText()).isEqualTo("SLM-2026-000900");
    assertThat(current.get("level").asText()).as("the service's fields on the entry itself").isEqualTo("GOLD");
    JsonNode versions = json.readTree(client.get("engineer", "/api/services/core-accounting/versions").body());
    assertThat(versions).extracting(version -> version.get("version").asInt()).containsExactly(2, 1);
  }

  @Test
  void changeAgreedOnAnOlderVersionIsNotPublishedOverANewerOne() {
    ItService oa = catalogue.find("office-oa").orElseThrow().service();
    ItService first = new ItService(oa.id(), oa.name(), oa.customer(), "GOLD", oa.supportHours(),
        oa.serviceHours(), oa.keyService(), List.of(), "manager");
    ItService second = new ItService(oa.id(), oa.name(), oa.customer(), "BRONZE", oa.supportHours(),
        oa.serviceHours(), oa.keyService(), List.of(), "manager");
    SlaAgreement sla = new SlaAgreement("SLA-2026-010", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
    assertThat(catalogue.publish(first, sla, "manager", "SLM-2026-000910", 1)).isEqualTo(2);

    assertThatThrownBy(() -> catalogue.publish(second, sla, "quality", "SLM-2026-000911", 1))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("SLM-2026-000911");

    assertThat(catalogue.find("office-oa").orElseThrow().service().level()).as("the first signer's terms")
        .isEqualTo("GOLD");
    assertThat(catalogue.versions("office-oa")).extracting(CatalogueEntry::version).containsExactly(2, 1);
  }

  @Test
  void draftOfANewServiceCannotBeChosenOrReadByEveryone() throws Exception {
    HttpResponse<String> started = client.postJson("manager",
        "/engine-rest/process-definition/key/serviceLevelManagement/submit-form", """
        {"variables": {"needType": {"value": "NEW"}, "newServiceId": {"value": "mobile-banking"},
          "serviceName": {"value": "手机银行"}, "customer": {"value": "京华银行"},
          "need": {"value": "客户要开通手机银行"}}}""");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    assertThat(catalogue.find("mobile-banking").orElseThrow().status()).isEqualTo(ServiceStatus.DRAFT);

    HttpResponse<String> refused = client.postJson("desk", "/api/incidents",
        json.writeValueAsString(IncidentReports.with("serviceId", "mobile-banking")));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("受影响服务", "取值“mobile-banking”无效");
    HttpResponse<String> taken = client.postJson("manager",
        "/engine-rest/process-definition/key/serviceLevelManagement/submit-form", """
        {"variables": {"needType": {"value": "NEW"}, "newServiceId": {"value": "mobile-banking"},
          "serviceName": {"value": "手机银行二期"}, "customer": {"value": "京华银行"}, "need": {"value": "重复"}}}""");
    assertThat(taken.statusCode()).isEqualTo(400);
    assertThat(taken.body()).contains("新服务编号：服务目录中已有服务 mobile-banking");

    assertThat(ids(client.get("desk", "/api/services"))).doesNotContain("mobile-banking");
    assertThat(ids(client.get("quality", "/api/services?status=ALL"))).contains("mobile-banking");
    assertThat(client.get("desk", "/api/services?status=ALL").statusCode()).isEqualTo(403);
    assertThat(client.get("desk", "/api/services?status=SOME").statusCode()).isEqualTo(400);
    HttpResponse<String> draft = client.get("desk", "/api/services/mobile-banking");
    assertThat(draft.statusCode()).as("a draft only for those who list every entry").isEqualTo(403);
    assertThat(json.readTree(draft.body()).get("message").asText()).isEqualTo(ServiceCatalogueController.KEEPERS_ONLY);
    assertThat(client.get("desk", "/api/services/mobile-banking/versions").statusCode()).isEqualTo(403);
    assertThat(client.get("quality", "/api/services/mobile-banking").statusCode()).isEqualTo(200);
    assertThat(client.get("manager", "/api/services/mobile-banking/versions").body()).isEqualTo("[]");
  }

  @Test
  void formsOfferExactlyThePublishedServices() throws Exception {
    catalogue.publish(new ItService("payroll", "薪资系统", "元景科技", "BRONZE", SupportHours.BUSINESS_HOURS,
        SupportHours.BUSINESS_HOURS, false, List.of(), "manager"),
        new SlaAgreement("SLA-2026-009", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30)), "manager", "SLM-2026-000901", null);
    catalogue.reserve("hr-portal", "人力门户", "元景科技", "SLM-2026-000902");
    List<String> published = services.all().stream().map(s -> s.id() + "=" + s.name()).toList();
    assertThat(published).contains("payroll=薪资系统").noneMatch(s -> s.startsWith("hr-portal"));

    for (String process : List.of("incidentManagement", "changeManagement", "problemManagement", "releaseManagement",
        "serviceLevelManagement")) {
      HttpResponse<String> form = client.get("admin", "/engine-rest/process-definition/key/" + process
          + "/deployed-start-form");
      assertThat(form.statusCode()).as(process).isEqualTo(200);
      assertThat(serviceChoices(json.readTree(form.body()))).as(process).containsExactlyElementsOf(published);
    }
    HttpResponse<String> otherForm = client.get("admin", "/engine-rest/process-definition/key/incidentManagement/xml");
    assertThat(otherForm.statusCode()).isEqualTo(200);
    assertThat(otherForm.body()).as("other answers pass unchanged").contains("bpmn20Xml");
  }

  @Test
  void unknownServiceIsNotFoundAndTheCatalogueNeedsALogin() {
    HttpResponse<String> unknown = client.get("desk", "/api/services/no-such-service");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("服务目录中没有服务 no-such-service");
    assertThat(client.get("desk", "/api/services/no-such-service/versions").statusCode()).isEqualTo(404);
    assertThat(client.get(null, "/api/services").statusCode()).isEqualTo(401);
  }

  private List<String> ids(HttpResponse<String> answer) throws Exception {
    assertThat(answer.statusCode()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    json.readTree(answer.body()).forEach(entry -> ids.add(entry.get("id").asText()));
    return ids;
  }

  private static List<String> serviceChoices(JsonNode form) {
    List<String> choices = new ArrayList<>();
    for (JsonNode field : form.findParents("key")) {
      if ("serviceId".equals(field.get("key").asText())) {
        field.get("values").forEach(value -> choices.add(value.get("value").asText() + "=" + value.get("label").asText()));
      }
    }
    return choices;
  }

  private long count(String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
  }
}
