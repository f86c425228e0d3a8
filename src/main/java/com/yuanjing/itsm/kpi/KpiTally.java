package com.yuanjing.itsm.kpi;

/**
 * What a KPI counted for one service in one period, aggregated by the database.
 *
 * @param serviceId the service the records belong to; null for records of no service (e.g. information leaks)
 * @param counted records counted; for availability the agreed service time in seconds
 * @param met those that met the KPI's rule; for availability the seconds available; 0 for a count KPI
 */
public record KpiTally(String serviceId, long counted, long met) {}
