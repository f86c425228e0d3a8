package com.yuanjing.itsm.capacity;

/** A new firing episode of a monitoring alert was stored; published inside the intake's transaction. */
public record AlertFired(MonitoringAlert alert) {}
