package com.yuanjing.itsm.sla;

import java.time.Instant;

/** When each clock warns (75% of the target used) and when it is breached (100%). */
public record SlaDeadlines(Instant responseWarningAt, Instant responseDueAt, Instant resolutionWarningAt,
    Instant resolutionDueAt) {}
