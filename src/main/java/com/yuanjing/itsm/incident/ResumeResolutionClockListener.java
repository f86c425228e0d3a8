package com.yuanjing.itsm.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** The customer's answer starts the resolution clock again. */
@Component("resumeResolutionClockListener")
public class ResumeResolutionClockListener implements ExecutionListener {

  private final ResolutionClock resolutionClock;

  public ResumeResolutionClockListener(ResolutionClock resolutionClock) {
    this.resolutionClock = resolutionClock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    resolutionClock.resumeAfterPause(execution);
  }
}
