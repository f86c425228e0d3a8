package com.yuanjing.itsm.kpi;

import java.util.List;

/**
 * A KPI report as rows and columns, written alike to XLSX ({@link KpiWorkbook}) and CSV ({@link KpiCsv}).
 *
 * @param title the sheet name
 * @param headings the Chinese column headings
 * @param rows the cells: text, numbers ({@link Number}), times ({@link java.time.Instant}) or null for none
 */
public record KpiTable(String title, List<String> headings, List<List<Object>> rows) {}
