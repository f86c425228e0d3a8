package com.yuanjing.itsm.availability;

import static com.yuanjing.itsm.availability.AvailabilityProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Registers a reported outage before the start events' save point, so an invalid report is refused with
 * its message and no instance is left behind.
 */
@Component("registerOutageListener")
public class RegisterOutageListener implements ExecutionListener {

  private final OutageRegistration registration;

  public RegisterOutageListener(OutageRegistration registration) {
    this.registration = registration;
  }

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariables(registration.registration(execution.getVariables()));
    execution.setProcessBusinessKey(registration.nextBusinessKey());
    execution.setVariable(OUTAGE_NUMBER, execution.getProcessBusinessKey());
  }
}
