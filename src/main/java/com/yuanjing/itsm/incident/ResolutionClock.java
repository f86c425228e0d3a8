package com.yuanjing.itsm.incident;

import static com.yuanjing.itsm.incident.IncidentProcess.Elements.*;
import static com.yuanjing.itsm.incident.IncidentProcess.Variables.*;

import com.yuanjing.itsm.sla.SlaClockService;
import com.yuanjing.itsm.sla.SlaTimerJobs;
import com.yuanjing.itsm.sla.SupportHours;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The incident's resolution clock stands still while the incident waits for the customer and while it
 * is resolved; when it runs again, its due dates and the timers in the diagram move out by the business
 * time it stood still, and that time is added to {@code slaPausedMillis}.
 */
@Component
public class ResolutionClock {

  private final SlaClockService clocks;
  private final SlaTimerJobs timers;

  public ResolutionClock(SlaClockService clocks, SlaTimerJobs timers) {
    this.clocks = clocks;
    this.timers = timers;
  }

  public void pause(DelegateExecution execution) {
    execution.setVariable(SLA_PAUSED_AT, ClockUtil.getCurrentTime());
    timers.suspend(execution.getProcessInstanceId(), RESOLUTION_CLOCK_TIMERS);
  }

  /** Resumes after a pause, moving out the timers that waited suspended. */
  public void resumeAfterPause(DelegateExecution execution) {
    Date[] moved = resume(execution, (Date) execution.getVariable(SLA_PAUSED_AT));
    execution.removeVariable(SLA_PAUSED_AT);
    timers.reschedule(execution.getProcessInstanceId(), Map.of(
        BOUNDARY_EVENT_RESOLUTION_SLA_WARNING, moved[0], BOUNDARY_EVENT_RESOLUTION_SLA_BREACHED, moved[1]));
  }

  /** Resumes a reopened incident; its timers are created anew from the moved due dates. */
  public void resumeAfterReopen(DelegateExecution execution) {
    resume(execution, (Date) execution.getVariable(RESOLVED_AT));
    execution.setVariable(RESOLVED_AT, null);
  }

  private Date[] resume(DelegateExecution execution, Date stoppedAt) {
    SupportHours hours = SupportHours.fromCode((String) execution.getVariable(SUPPORT_HOURS));
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Duration stopped = clocks.stoppedTime(stoppedAt.toInstant(), now, hours);
    Date warningAt = Date.from(clocks.moveOut(instant(execution, RESOLUTION_WARNING_AT), stopped, hours));
    Date dueAt = Date.from(clocks.moveOut(instant(execution, RESOLUTION_DUE_AT), stopped, hours));
    execution.setVariable(RESOLUTION_WARNING_AT, warningAt);
    execution.setVariable(RESOLUTION_DUE_AT, dueAt);
    execution.setVariable(SLA_PAUSED_MILLIS, (Long) execution.getVariable(SLA_PAUSED_MILLIS) + stopped.toMillis());
    return new Date[] {warningAt, dueAt};
  }

  private static Instant instant(DelegateExecution execution, String variable) {
    return ((Date) execution.getVariable(variable)).toInstant();
  }
}
