package com.yuanjing.itsm.kpi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes KPI tables as an XLSX workbook, one sheet each; times become Excel dates in Beijing time. Rows go to
 * temporary files as they are written, so a quarter with many thousand records does not hold every cell in memory.
 */
public final class KpiWorkbook {

  static final String DATE_FORMAT = "yyyy-mm-dd hh:mm:ss";

  private KpiWorkbook() {}

  public static byte[] write(List<KpiTable> tables) {
    SXSSFWorkbook workbook = new SXSSFWorkbook();
    workbook.setCompressTempFiles(true);
    try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle heading = workbook.createCellStyle();
      Font bold = workbook.createFont();
      bold.setBold(true);
      heading.setFont(bold);
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(DATE_FORMAT));
      for (KpiTable table : tables) {
        Sheet sheet = workbook.createSheet(table.title());
        Row headings = sheet.createRow(0);
        for (int column = 0; column < table.headings().size(); column++) {
          Cell cell = headings.createCell(column);
          cell.setCellValue(table.headings().get(column));
          cell.setCellStyle(heading);
        }
        for (int index = 0; index < table.rows().size(); index++) {
          List<Object> values = table.rows().get(index);
          Row row = sheet.createRow(index + 1);
          for (int column = 0; column < values.size(); column++) {
            write(row.createCell(column), values.get(column), date);
          }
        }
        sheet.createFreezePane(0, 1);
        for (int column = 0; column < table.headings().size(); column++) {
          sheet.setColumnWidth(column, width(table, column) * 256);
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      workbook.dispose();
    }
  }

  private static void write(Cell cell, Object value, CellStyle date) {
    if (value instanceof Instant instant) {
      cell.setCellValue(instant.atZone(ReportingPeriod.ZONE).toLocalDateTime());
      cell.setCellStyle(date);
    } else if (value instanceof Number number) {
      cell.setCellValue(number.doubleValue());
    } else if (value != null) {
      cell.setCellValue(value.toString());
    }
  }

  /** Wide enough for the longest heading or value, a Chinese character counting twice; times need 19. */
  private static int width(KpiTable table, int column) {
    int widest = displayWidth(table.headings().get(column));
    for (List<Object> row : table.rows()) {
      Object value = row.get(column);
      widest = Math.max(widest, value instanceof Instant ? DATE_FORMAT.length() : displayWidth(value));
    }
    return Math.min(widest, 60) + 2;
  }

  private static int displayWidth(Object value) {
    return value == null ? 0 : value.toString().codePoints().map(c -> c < 0x1100 ? 1 : 2).sum();
  }
}
