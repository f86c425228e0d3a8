package com.yuanjing.itsm.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.yuanjing.itsm.testsupport.SuiteClient;
import com.yuanjing.itsm.testsupport.SuiteIntegrationTest;
import com.yuanjing.itsm.testsupport.WebappBrowser;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The KPI dashboard page and its sign-in: the page and its chart library are served, and the KPI API reads
 * for the user signed in to the Camunda webapps, while a session alone changes nothing.
 */
@SuiteIntegrationTest
class KpiDashboardIntegrationTest {

  private static final String UNKNOWN_KPI = "/api/kpis/unknown/records?period=2026-Q3";
  private static final Pattern SCRIPT = Pattern.compile("<script src=\"(/webjars/[^\"]+)\"");

  @LocalServerPort int port;
  WebappBrowser browser;

  @BeforeEach
  void open() {
    browser = new WebappBrowser(port);
  }

  @Test
  void thePageIsServedAtKpi() {
    HttpResponse<String> page = browser.open("/kpi/");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<title>远景ITSM 服务指标看板</title>", "kpi.js");
    HttpResponse<String> withoutSlash = browser.open("/kpi");
    assertThat(withoutSlash.statusCode()).isEqualTo(302);
    assertThat(withoutSlash.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/kpi/"));
  }

  @Test
  void theChartLibraryComesFromItsWebJar() {
    Matcher script = SCRIPT.matcher(browser.open("/kpi/").body());
    assertThat(script.find()).isTrue();

    HttpResponse<String> echarts = browser.open(script.group(1));

    assertThat(echarts.statusCode()).as(script.group(1)).isEqualTo(200);
    assertThat(echarts.body()).contains("echarts");
    assertThat(browser.open("/kpi/kpi.js").statusCode()).isEqualTo(200);
  }

  @Test
  void withoutSignInTheApiAnswers401AndChallengesScriptsButNotThePage() {
    HttpResponse<String> fromScript = browser.open("/api/kpis?period=2026-Q3");
    HttpResponse<String> fromPage = browser.get("/api/kpis?period=2026-Q3");

    assertThat(fromScript.statusCode()).isEqualTo(401);
    assertThat(fromScript.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
        challenge -> assertThat(challenge).startsWith("Basic"));
    assertThat(fromPage.statusCode()).isEqualTo(401);
    assertThat(fromPage.headers().firstValue("WWW-Authenticate")).isEmpty();
  }

  @Test
  void theWebappSessionReadsTheApiUntilLogout() {
    assertThat(browser.login("manager").statusCode()).isEqualTo(200);

    HttpResponse<String> unknownKpi = browser.get(UNKNOWN_KPI);
    assertThat(unknownKpi.statusCode()).as(unknownKpi.body()).isEqualTo(400);
    assertThat(unknownKpi.body()).contains("不是已定义的指标");
    assertThat(browser.get("/api/kpis?period=2026-Q5").statusCode()).isEqualTo(400);

    assertThat(browser.logout().statusCode()).isEqualTo(200);
    assertThat(browser.get(UNKNOWN_KPI).statusCode()).isEqualTo(401);
  }

  @Test
  void aSessionAloneChangesNothing() {
    assertThat(browser.login("desk").statusCode()).isEqualTo(200);

    HttpResponse<String> bySession = browser.postJson("/api/incidents", "{}");
    HttpResponse<String> withBasic = new SuiteClient(port).postJson("desk", "/api/incidents", "{}");

    assertThat(bySession.statusCode()).isEqualTo(401);
    // the same call with credentials reaches the intake and its validation
    assertThat(withBasic.statusCode()).isEqualTo(400);
  }

  @Test
  void aSignedInUserOutsideTheReadersGetsTheRefusal() {
    assertThat(browser.login("desk").statusCode()).isEqualTo(200);

    HttpResponse<String> refused = browser.get("/api/kpis?period=2026-Q3");

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains(KpiController.READERS_ONLY);
  }
}
