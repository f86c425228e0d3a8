package com.yuanjing.itsm.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The exported report's layout in XLSX and CSV, fed with fixed values and records. */
class KpiExportFormatsTest {

  static final List<KpiColumn> COLUMNS = List.of(new KpiColumn("reportedAt", "报告时间"),
      new KpiColumn("respondedAt", "响应时间"), new KpiColumn("priority", "优先级"), new KpiColumn("major", "重大事件"));

  static final KpiValue RESPONSE = new KpiValue("incident-response", "事件响应及时率", "2026-Q3",
      Instant.parse("2026-06-30T16:00:00Z"), Instant.parse("2026-09-30T16:00:00Z"), Kpi.Measure.RATE, "%", "≥",
      new BigDecimal("95.0"), "月", 20, 18, new BigDecimal("90.0"), KpiStatus.NOT_MET,
      List.of(new KpiValue.Part("online-banking", "网上银行系统", 12, 12, new BigDecimal("100.0"), KpiStatus.MET),
          new KpiValue.Part("core-accounting", "核心账务系统", 8, 6, new BigDecimal("75.0"), KpiStatus.NOT_MET)),
      List.of(new KpiValue.Part("京华银行", "京华银行", 20, 18, new BigDecimal("90.0"), KpiStatus.NOT_MET)));

  static final KpiValue LEAKS = new KpiValue("information-leaks", "信息泄露次数", "2026-Q3",
      Instant.parse("2026-06-30T16:00:00Z"), Instant.parse("2026-09-30T16:00:00Z"), Kpi.Measure.COUNT, "次", "≤",
      new BigDecimal("2"), "年", 1, 0, new BigDecimal("1"), null,
      List.of(new KpiValue.Part(null, null, 1, 0, new BigDecimal("1"), null)), List.of());

  static final KpiRecord LATE = new KpiRecord("INC-2026-000042", "pi-42", "core-accounting",
      facts(Instant.parse("2026-07-01T01:02:03Z"), Instant.parse("2026-07-01T03:00:00Z"), "P1", true), false);

  @Test
  void theSummaryHasARowPerKpiFollowedByItsServices() {
    KpiTable summary = KpiTables.summary(List.of(RESPONSE, LEAKS));

    assertThat(summary.title()).isEqualTo("汇总");
    assertThat(summary.headings()).containsExactly("指标", "服务", "统计周期", "目标", "实际值", "统计数", "达标数", "状态");
    assertThat(summary.rows()).containsExactly(
        List.of("事件响应及时率", "全部", "2026-Q3", "≥ 95.0%", "90.0%", 20L, 18L, "未达标"),
        List.of("事件响应及时率", "网上银行系统", "2026-Q3", "≥ 95.0%", "100.0%", 12L, 12L, "达标"),
        List.of("事件响应及时率", "核心账务系统", "2026-Q3", "≥ 95.0%", "75.0%", 8L, 6L, "未达标"),
        row("信息泄露次数", "全部", "2026-Q3", "≤ 2次", "1次", 1L, 0L, null),
        row("信息泄露次数", "无", "2026-Q3", "≤ 2次", "1次", 1L, 0L, null));
  }

  @Test
  void aRateWithoutRecordsHasNoValueAndNoStatus() {
    KpiValue empty = new KpiValue("change-success", "变更成功率", "2026-11", Instant.EPOCH, Instant.EPOCH,
        Kpi.Measure.RATE, "%", "≥", new BigDecimal("95.0"), "季度", 0, 0, null, null, List.of(), List.of());

    assertThat(KpiTables.summary(List.of(empty)).rows())
        .containsExactly(row("变更成功率", "全部", "2026-11", "≥ 95.0%", null, 0L, 0L, null));
  }

  @Test
  void aRecordRowHasItsKeysItsFactsInColumnOrderAndItsResult() {
    KpiTable records = KpiTables.records(Kpi.INCIDENT_RESPONSE, COLUMNS, List.of(LATE), id -> "名称:" + id);

    assertThat(records.title()).isEqualTo("事件响应及时率");
    assertThat(records.headings())
        .containsExactly("业务编号", "流程实例", "服务", "报告时间", "响应时间", "优先级", "重大事件", "结果");
    assertThat(records.rows()).containsExactly(List.of("INC-2026-000042", "pi-42", "名称:core-accounting",
        Instant.parse("2026-07-01T01:02:03Z"), Instant.parse("2026-07-01T03:00:00Z"), "P1", "是", "未达标"));
  }

  @Test
  void aCountKpiCountsItsRecordsAndARecordWithoutServiceSaysSo() {
    KpiRecord leak = new KpiRecord("SEC-2026-000001", "pi-1", null, Map.of(), false);

    KpiTable records = KpiTables.records(Kpi.INFORMATION_LEAKS, List.of(), List.of(leak), id -> id);

    assertThat(records.rows()).containsExactly(List.of("SEC-2026-000001", "pi-1", "无", "计入"));
  }

  @Test
  void theWorkbookHasTheSummaryThenASheetPerKpiWithRealDates() throws IOException {
    byte[] xlsx = KpiWorkbook.write(List.of(KpiTables.summary(List.of(RESPONSE, LEAKS)),
        KpiTables.records(Kpi.INCIDENT_RESPONSE, COLUMNS, List.of(LATE), id -> "核心账务系统")));

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
      Sheet summary = workbook.getSheetAt(0);
      assertThat(summary.getSheetName()).isEqualTo("汇总");
      assertThat(texts(summary.getRow(0))).containsExactly("指标", "服务", "统计周期", "目标", "实际值", "统计数", "达标数", "状态");
      assertThat(texts(summary.getRow(1))).containsExactly("事件响应及时率", "全部", "2026-Q3", "≥ 95.0%", "90.0%", "20", "18", "未达标");
      assertThat(summary.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(20);
      assertThat(texts(summary.getRow(4))).containsExactly("信息泄露次数", "全部", "2026-Q3", "≤ 2次", "1次", "1", "0", "");
      assertThat(summary.getLastRowNum()).isEqualTo(5);

      Sheet records = workbook.getSheetAt(1);
      assertThat(records.getSheetName()).isEqualTo("事件响应及时率");
      assertThat(texts(records.getRow(0)))
          .containsExactly("业务编号", "流程实例", "服务", "报告时间", "响应时间", "优先级", "重大事件", "结果");
      Row late = records.getRow(1);
      assertThat(texts(late)).containsExactly("INC-2026-000042", "pi-42", "核心账务系统", "2026-07-01 09:02:03",
          "2026-07-01 11:00:00", "P1", "是", "未达标");
      Cell reportedAt = late.getCell(3);
      assertThat(DateUtil.isCellDateFormatted(reportedAt)).isTrue();
      assertThat(reportedAt.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 7, 1, 9, 2, 3));
      assertThat(records.getLastRowNum()).isEqualTo(1);
    }
  }

  @Test
  void aSheetWithMoreRowsThanAreKeptInMemoryKeepsThemAll() throws IOException {
    List<KpiRecord> many = new ArrayList<>();
    for (int i = 1; i <= 1000; i++) {
      many.add(new KpiRecord("INC-2026-%06d".formatted(i), "pi-" + i, "online-banking", Map.of(), true));
    }

    byte[] xlsx = KpiWorkbook.write(List.of(KpiTables.records(Kpi.INCIDENT_RESPONSE, List.of(), many, id -> id)));

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet records = workbook.getSheetAt(0);
      assertThat(records.getLastRowNum()).isEqualTo(1000);
      assertThat(texts(records.getRow(1000))).containsExactly("INC-2026-001000", "pi-1000", "online-banking", "达标");
    }
  }

  @Test
  void csvStartsWithAByteOrderMarkAndQuotesWhatNeedsIt() {
    KpiRecord awkward = new KpiRecord("INC-2026-000043", "pi-43", "online-banking",
        facts(Instant.parse("2026-07-02T00:00:00Z"), null, "P2, \"紧急\"\n次日", false), true);

    String csv = new String(KpiCsv.write(KpiTables.records(Kpi.INCIDENT_RESPONSE, COLUMNS, List.of(LATE, awkward),
        id -> id)), StandardCharsets.UTF_8);

    assertThat(csv).isEqualTo("\uFEFF业务编号,流程实例,服务,报告时间,响应时间,优先级,重大事件,结果\r\n"
        + "INC-2026-000042,pi-42,core-accounting,2026-07-01 09:02:03,2026-07-01 11:00:00,P1,是,未达标\r\n"
        + "INC-2026-000043,pi-43,online-banking,2026-07-02 08:00:00,,\"P2, \"\"紧急\"\"\n次日\",否,达标\r\n");
  }

  @Test
  void csvShowsTextThatLooksLikeAFormulaAsText() {
    assertThat(KpiCsv.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
    assertThat(KpiCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(KpiCsv.field(-3L)).as("numbers stay numbers").isEqualTo("-3");
    assertThat(KpiCsv.field("P1")).isEqualTo("P1");
  }

  @Test
  void csvOfTheSummaryWritesNumbersPlainly() {
    String csv = new String(KpiCsv.write(KpiTables.summary(List.of(LEAKS))), StandardCharsets.UTF_8);

    assertThat(csv.lines()).containsExactly("\uFEFF指标,服务,统计周期,目标,实际值,统计数,达标数,状态",
        "信息泄露次数,全部,2026-Q3,≤ 2次,1次,1,0,", "信息泄露次数,无,2026-Q3,≤ 2次,1次,1,0,");
  }

  private static Map<String, Object> facts(Instant reportedAt, Instant respondedAt, String priority, boolean major) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("reportedAt", reportedAt);
    facts.put("respondedAt", respondedAt);
    facts.put("priority", priority);
    facts.put("major", major);
    return facts;
  }

  /** A row with empty cells, which {@link List#of} does not take. */
  private static List<Object> row(Object... cells) {
    return new ArrayList<>(Arrays.asList(cells));
  }

  /** The cells as Excel shows them. */
  private static List<String> texts(Row row) {
    DataFormatter shown = new DataFormatter();
    return StreamSupport.stream(row.spliterator(), false).map(shown::formatCellValue).toList();
  }
}
