package com.yuanjing.itsm.capacity;

/**
 * A new firing episode of a monitoring alert was stored; published inside the intake's transaction. Listeners
 * react after its commit ({@code @TransactionalEventListener}) through {@link AlertIntake#react}.
 */
public record AlertFired(MonitoringAlert alert) {}
