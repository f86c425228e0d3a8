package com.yuanjing.itsm.kpi;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a KPI table as CSV (RFC 4180): UTF-8 with a byte order mark, which Excel needs to read Chinese, lines
 * ending in CRLF, times as {@code yyyy-MM-dd HH:mm:ss} in Beijing time.
 */
public final class KpiCsv {

  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ReportingPeriod.ZONE);

  private static final String BYTE_ORDER_MARK = "\uFEFF";

  private KpiCsv() {}

  public static byte[] write(KpiTable table) {
    StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK);
    csv.append(line(table.headings()));
    table.rows().forEach(row -> csv.append(line(row)));
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String line(List<?> cells) {
    return cells.stream().map(KpiCsv::field).collect(Collectors.joining(",", "", "\r\n"));
  }

  /** A field in quotes, its quotes doubled, when it holds a comma, a quote or a line break. */
  static String field(Object value) {
    String text = text(value);
    boolean quoted = text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
    return quoted ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  /**
   * Times in Beijing time, numbers as written. Text that Excel would take for a formula (=, +, -, @) gets a leading
   * apostrophe, so that a recorded text is shown, never run.
   */
  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Instant instant) {
      return TIME.format(instant);
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof String text && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return value.toString();
  }
}
