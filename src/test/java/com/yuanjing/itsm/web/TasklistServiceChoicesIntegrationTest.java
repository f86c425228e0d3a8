package com.yuanjing.itsm.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuanjing.itsm.servicelevel.ItService;
import com.yuanjing.itsm.servicelevel.ServiceCatalogue;
import com.yuanjing.itsm.sla.SupportHours;
import com.yuanjing.itsm.testsupport.SuiteIntegrationTest;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The start form as Camunda Tasklist itself loads it, through the webapp's session-based engine API:
 * its service choices are the published catalogue, not the list saved in the .form file.
 */
@SuiteIntegrationTest
class TasklistServiceChoicesIntegrationTest {

  @LocalServerPort int port;
  @Autowired ServiceCatalogue catalogue;
  @Autowired ObjectMapper json;

  @Test
  void tasklistOffersAServiceAsSoonAsItIsPublished() throws Exception {
    catalogue.seed(new ItService("mobile-banking", "手机银行", "京华银行", "SILVER", SupportHours.BUSINESS_HOURS,
        SupportHours.ALWAYS, true, List.of(), "manager"));
    CookieManager cookies = new CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    browser.send(get("/camunda/app/tasklist/default/"), HttpResponse.BodyHandlers.discarding());
    HttpResponse<Void> login = browser.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf(cookies))
        .POST(HttpRequest.BodyPublishers.ofString("username=desk&password=demo")).build(),
        HttpResponse.BodyHandlers.discarding());
    assertThat(login.statusCode()).isEqualTo(200);

    HttpResponse<String> form = browser.send(HttpRequest.newBuilder(
            uri("/camunda/api/engine/engine/default/process-definition/key/incidentManagement/deployed-start-form"))
        .header("X-XSRF-TOKEN", xsrf(cookies)).GET().build(), HttpResponse.BodyHandlers.ofString());

    assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
    assertThat(serviceChoices(json.readTree(form.body()))).contains("mobile-banking=手机银行")
        .containsAll(List.of("online-banking=网上银行系统", "office-oa=办公自动化系统"));
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

  private static String xsrf(CookieManager cookies) {
    return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElseThrow();
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(uri(path)).GET().build();
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
