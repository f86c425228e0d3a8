package com.yuanjing.itsm.incident;

import static com.yuanjing.itsm.incident.IncidentProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The customer says it is not solved: the resolution clock resumes where it stopped. */
@Component("reopenIncidentDelegate")
public class ReopenIncidentDelegate implements JavaDelegate {

  private final ResolutionClock resolutionClock;

  public ReopenIncidentDelegate(ResolutionClock resolutionClock) {
    this.resolutionClock = resolutionClock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    resolutionClock.resumeAfterReopen(execution);
    execution.setVariable(REOPEN_COUNT, (Integer) execution.getVariable(REOPEN_COUNT) + 1);
    execution.removeVariable(CONFIRMATION_RESULT);
  }
}
