package com.yuanjing.itsm.incident;

import static com.yuanjing.itsm.incident.IncidentProcess.Variables.*;

import com.yuanjing.itsm.sla.SlaClockService;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Stops the resolution clock and gives the customer a fixed number of working days to confirm. */
@Component("recordResolutionDelegate")
public class RecordResolutionDelegate implements JavaDelegate {

  /** Working days the customer has to confirm before the incident closes by itself. */
  static final int CONFIRMATION_WORKING_DAYS = 3;

  private final SlaClockService clocks;

  public RecordResolutionDelegate(SlaClockService clocks) {
    this.clocks = clocks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date resolvedAt = ClockUtil.getCurrentTime();
    execution.setVariable(RESOLVED_AT, resolvedAt);
    execution.setVariable(CONFIRMATION_DUE_AT,
        Date.from(clocks.workingDaysAfter(resolvedAt.toInstant(), CONFIRMATION_WORKING_DAYS)));
  }
}
