package com.yuanjing.itsm.availability;

import static com.yuanjing.itsm.availability.AvailabilityProcess.Variables.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Registers a reported outage before the start events' save point, so an invalid report is refused with
 * its message and no instance is left behind. A registration by hand may carry only its form's fields and is
 * recorded as reported by the signed-in user; a report of an incident or an alert keeps only its own keys.
 * Either way the instance holds only the registered facts, nothing else the caller sent.
 */
@Component("registerOutageListener")
public class RegisterOutageListener implements ExecutionListener {

  private final OutageRegistration registration;

  public RegisterOutageListener(OutageRegistration registration) {
    this.registration = registration;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Map<String, Object> registered;
    if (AvailabilityProcess.Elements.START_EVENT_OUTAGE_REGISTERED.equals(execution.getCurrentActivityId())) {
      registered = registration.manualRegistration(execution.getVariables());
      registered.put(REPORTED_BY, Context.getCommandContext() == null ? null
          : Context.getCommandContext().getAuthenticatedUserId());
    } else {
      registered = registration.reportRegistration(execution.getVariables());
    }
    for (String name : List.copyOf(execution.getVariableNames())) {
      if (!registered.containsKey(name)) {
        execution.removeVariable(name);
      }
    }
    execution.setVariables(registered);
    execution.setProcessBusinessKey(registration.nextBusinessKey());
    execution.setVariable(OUTAGE_NUMBER, execution.getProcessBusinessKey());
  }
}
