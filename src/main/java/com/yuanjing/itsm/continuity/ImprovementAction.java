package com.yuanjing.itsm.continuity;

import java.time.LocalDate;

/** An improvement action (改进措施) raised by a failed drill: what, who, by when. */
public record ImprovementAction(int number, String description, String owner, LocalDate dueDate) {}
