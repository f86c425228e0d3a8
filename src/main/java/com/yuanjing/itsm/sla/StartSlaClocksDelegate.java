package com.yuanjing.itsm.sla;

import static com.yuanjing.itsm.sla.SlaVariables.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Turns the SLA targets decided by sla-targets.dmn into the due dates the timers wait for. */
@Component("startSlaClocksDelegate")
public class StartSlaClocksDelegate implements JavaDelegate {

  private final SlaClockService clocks;

  public StartSlaClocksDelegate(SlaClockService clocks) {
    this.clocks = clocks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SlaTargets targets = SlaTargets.parse((String) execution.getVariable(RESPONSE_TARGET),
        (String) execution.getVariable(RESOLUTION_TARGET), (String) execution.getVariable(SUPPORT_HOURS));
    SlaDeadlines deadlines = clocks.deadlines(((Date) execution.getVariable(REPORTED_AT)).toInstant(), targets);
    execution.setVariable(RESPONSE_WARNING_AT, Date.from(deadlines.responseWarningAt()));
    execution.setVariable(RESPONSE_DUE_AT, Date.from(deadlines.responseDueAt()));
    execution.setVariable(RESOLUTION_WARNING_AT, Date.from(deadlines.resolutionWarningAt()));
    execution.setVariable(RESOLUTION_DUE_AT, Date.from(deadlines.resolutionDueAt()));
    execution.setVariable(SLA_PAUSED_MILLIS, 0L);
    execution.setVariable(RESPONSE_WARNED, false);
    execution.setVariable(RESPONSE_BREACHED, false);
    execution.setVariable(RESOLUTION_WARNED, false);
    execution.setVariable(RESOLUTION_BREACHED, false);
  }
}
