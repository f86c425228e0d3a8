package com.yuanjing.itsm.incident;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Waiting for the customer (待客户反馈) stops the resolution clock. */
@Component("pauseResolutionClockListener")
public class PauseResolutionClockListener implements ExecutionListener {

  private final ResolutionClock resolutionClock;

  public PauseResolutionClockListener(ResolutionClock resolutionClock) {
    this.resolutionClock = resolutionClock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    resolutionClock.pause(execution);
  }
}
