package com.yuanjing.itsm.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuanjing.itsm.testsupport.SuiteClient;
import com.yuanjing.itsm.testsupport.SuiteIntegrationTest;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The export endpoints and the KPI gauges over HTTP: readers, validation, file names and layout. The values are
 * the layout's concern ({@link KpiExportFormatsTest}); here every KPI may have counted nothing.
 */
@SuiteIntegrationTest
// Tests leave metrics exporters out unless asked, and the Prometheus endpoint is what this test reads.
@AutoConfigureObservability(tracing = false)
@Import(KpiExportApiIntegrationTest.CalculatorsWithoutRecords.class)
class KpiExportApiIntegrationTest {

  static final String[] EXPORTS = {"/api/kpis/export.xlsx?period=2026-Q3", "/api/kpis/export.csv?period=2026-Q3",
      "/api/kpis/incident-response/records.csv?period=2026-11"};

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  SuiteClient client;

  @BeforeEach
  void connect() {
    client = new SuiteClient(port);
  }

  @Test
  void theWorkbookHasTheSummaryAndASheetPerKpiUnderAChineseFileName() throws Exception {
    HttpResponse<byte[]> answer = client.getBytes("manager", "/api/kpis/export.xlsx?period=2026-Q3");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type")).hasValue(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(answer.headers().firstValue("Content-Disposition")).hasValue(
        "attachment; filename=\"KPI-report-2026-Q3.xlsx\"; filename*=UTF-8''KPI%E6%8A%A5%E5%91%8A-2026-Q3.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(answer.body()))) {
      List<String> sheets = new ArrayList<>();
      workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
      List<String> expected = new ArrayList<>(List.of("汇总"));
      Arrays.stream(Kpi.values()).map(Kpi::chineseName).forEach(expected::add);
      assertThat(sheets).isEqualTo(expected);

      Sheet summary = workbook.getSheet("汇总");
      assertThat(texts(summary.getRow(0))).containsExactly("指标", "服务", "统计周期", "目标", "实际值", "统计数", "达标数", "状态");
      List<List<String>> overall = new ArrayList<>();
      summary.forEach(row -> {
        if (row.getRowNum() > 0 && row.getCell(1).getStringCellValue().equals("全部")) {
          overall.add(texts(row).subList(0, 4));
        }
      });
      assertThat(overall).hasSize(12).contains(List.of("SLA达成率", "全部", "2026-Q3", "≥ 95.0%"),
          List.of("事件按时解决率", "全部", "2026-Q3", "≥ 90.0%"),
          List.of("服务中断事件数量", "全部", "2026-Q3", "≤ 3次"));
      for (Kpi kpi : Kpi.values()) {
        List<String> headings = texts(workbook.getSheet(kpi.chineseName()).getRow(0));
        assertThat(headings).as(kpi.id()).startsWith("业务编号", "流程实例", "服务").endsWith("结果");
      }
    }
  }

  @Test
  void theSummaryAsCsvForExcel() {
    HttpResponse<byte[]> answer = client.getBytes("auditor", "/api/kpis/export.csv?period=2026");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
    assertThat(answer.headers().firstValue("Content-Disposition")).hasValue(
        "attachment; filename=\"KPI-summary-2026.csv\"; filename*=UTF-8''KPI%E6%B1%87%E6%80%BB-2026.csv");
    String csv = new String(answer.body(), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFF指标,服务,统计周期,目标,实际值,统计数,达标数,状态\r\n")
        .contains("\r\n信息泄露次数,全部,2026,≤ 2次,");
  }

  @Test
  void oneKpisRecordsAsCsvForAllOrOneService() {
    HttpResponse<byte[]> all = client.getBytes("quality", "/api/kpis/incident-response/records.csv?period=2026-11");
    HttpResponse<byte[]> one = client.getBytes("admin",
        "/api/kpis/incident-response/records.csv?period=2026-11&service=online-banking");

    assertThat(all.statusCode()).isEqualTo(200);
    assertThat(all.headers().firstValue("Content-Disposition")).hasValue("attachment; "
        + "filename=\"incident-response-2026-11.csv\"; filename*=UTF-8''" + utf8("事件响应及时率") + "-2026-11.csv");
    assertThat(new String(all.body(), StandardCharsets.UTF_8)).startsWith("\uFEFF业务编号,流程实例,服务,");
    assertThat(one.statusCode()).isEqualTo(200);
    assertThat(one.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("filename=\"incident-response-2026-11-online-banking.csv\"").endsWith("-2026-11-online-banking.csv");
  }

  @Test
  void theExportPathsAreNotTakenForKpisAndTheKpiPathsStillAnswer() throws Exception {
    HttpResponse<String> kpi = client.get("manager", "/api/kpis/incident-response?period=2026-11");
    HttpResponse<String> records = client.get("manager", "/api/kpis/incident-response/records?period=2026-11");

    assertThat(kpi.statusCode()).isEqualTo(200);
    assertThat(json.readTree(kpi.body()).at("/value/name").asText()).isEqualTo("事件响应及时率");
    assertThat(records.statusCode()).isEqualTo(200);
    assertThat(records.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
    for (String path : EXPORTS) {
      assertThat(client.getBytes("manager", path).headers().firstValue("Content-Type").orElseThrow()).as(path)
          .doesNotStartWith("application/json");
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "/api/kpis/export.xlsx?period=2026-13, period, 统计周期",
      "/api/kpis/export.xlsx, period, 统计周期",
      "/api/kpis/export.csv?period=2026-Q5, period, 统计周期",
      "/api/kpis/incident-response/records.csv?period=Q3, period, 统计周期",
      "/api/kpis/uptime/records.csv?period=2026-Q3, kpi, 指标",
      "/api/kpis/incident-response/records.csv?period=2026-11&service=mainframe, service, 服务"})
  void badInputIsRefusedNamingTheField(String path, String field, String label) throws Exception {
    HttpResponse<String> refused = client.get("manager", path);

    assertThat(refused.statusCode()).isEqualTo(400);
    JsonNode error = json.readTree(refused.body()).at("/errors/0");
    assertThat(error.get("field").asText()).isEqualTo(field);
    assertThat(error.get("label").asText()).isEqualTo(label);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/kpis/export.xlsx?period=2026-Q3", "/api/kpis/export.csv?period=2026-Q3",
      "/api/kpis/incident-response/records.csv?period=2026-11"})
  void onlyKpiReadersExportAndOnlyWhenSignedIn(String path) throws Exception {
    HttpResponse<String> desk = client.get("desk", path);

    assertThat(desk.statusCode()).isEqualTo(403);
    assertThat(json.readTree(desk.body()).get("message").asText()).isEqualTo(KpiController.READERS_ONLY);
    assertThat(client.get("engineer", path).statusCode()).isEqualTo(403);
    assertThat(client.get(null, path).statusCode()).isEqualTo(401);
  }

  @Test
  void prometheusScrapesTheKpiGaugesWithoutSigningIn() {
    HttpResponse<String> scrape = client.get(null, "/actuator/prometheus");

    assertThat(scrape.statusCode()).isEqualTo(200);
    assertThat(scrape.body())
        .contains("itsm_kpi_value{kpi=\"incident-response\",name=\"事件响应及时率\"} ")
        .contains("itsm_kpi_target{kpi=\"incident-response\",name=\"事件响应及时率\"} 95.0")
        .contains("itsm_kpi_target{kpi=\"information-leaks\",name=\"信息泄露次数\"} 2.0")
        .contains("itsm_kpi_met{kpi=\"availability\",name=\"关键服务可用率\"} ");
  }

  private static List<String> texts(Row row) {
    return StreamSupport.stream(row.spliterator(), false).map(Cell::toString).toList();
  }

  private static String utf8(String text) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      encoded.append('%').append(String.format("%02X", b & 0xff));
    }
    return encoded.toString();
  }

  /**
   * A calculator for every KPI that counts nothing, so that the endpoints answer before the real calculators are
   * there; where they are, the service keeps one of each and an empty database gives the same layout.
   */
  @TestConfiguration(proxyBeanMethods = false)
  static class CalculatorsWithoutRecords {

    @Bean
    static BeanDefinitionRegistryPostProcessor calculatorsWithoutRecords() {
      return registry -> Arrays.stream(Kpi.values()).forEach(kpi -> registry.registerBeanDefinition(
          "calculatorWithoutRecords-" + kpi.id(),
          new RootBeanDefinition(KpiCalculator.class, () -> new WithoutRecords(kpi))));
    }
  }

  record WithoutRecords(Kpi kpi) implements KpiCalculator {

    @Override
    public List<KpiTally> tallies(ReportingPeriod period) {
      return List.of();
    }

    @Override
    public List<KpiRecord> records(ReportingPeriod period, String serviceId) {
      return List.of();
    }

    @Override
    public List<KpiColumn> columns() {
      return List.of(new KpiColumn("reportedAt", "报告时间"));
    }
  }
}
