package com.yuanjing.itsm.capacity;

/** A stored firing episode of a monitoring alert ended; published inside the intake's transaction. */
public record AlertResolved(MonitoringAlert alert) {}
