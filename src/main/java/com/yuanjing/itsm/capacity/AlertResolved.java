package com.yuanjing.itsm.capacity;

/**
 * A stored firing episode of a monitoring alert ended; published once the intake's transaction is committed.
 * Listeners react through {@link AlertIntake#react}, each in a transaction of its own.
 */
public record AlertResolved(MonitoringAlert alert) {}
