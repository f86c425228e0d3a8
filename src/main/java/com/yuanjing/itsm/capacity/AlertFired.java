package com.yuanjing.itsm.capacity;

/**
 * A new firing episode of a monitoring alert was stored; published once the intake's transaction is committed.
 * Listeners react through {@link AlertIntake#react}, each in a transaction of its own.
 */
public record AlertFired(MonitoringAlert alert) {}
