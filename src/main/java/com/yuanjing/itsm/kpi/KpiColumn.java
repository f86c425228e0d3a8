package com.yuanjing.itsm.kpi;

/** One fact of a KPI's records: its key in {@link KpiRecord#facts()} and its Chinese column heading. */
public record KpiColumn(String key, String label) {}
