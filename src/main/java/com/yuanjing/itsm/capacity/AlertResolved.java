package com.yuanjing.itsm.capacity;

/**
 * A stored firing episode of a monitoring alert ended; published inside the intake's transaction. Listeners
 * react after its commit ({@code @TransactionalEventListener}) through {@link AlertIntake#react}.
 */
public record AlertResolved(MonitoringAlert alert) {}
