package com.yuanjing.itsm.servicelevel;

import static com.yuanjing.itsm.servicelevel.ServiceLevelProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Numbers every instance (SLM-…) at its start. A service need is registered in the transaction that starts
 * it (before the start event's save point), so an invalid need is refused with its message and no instance
 * or draft is left behind; the quarterly review starts on its timer and needs only its number.
 */
@Component("registerServiceLevelListener")
public class RegisterServiceLevelListener implements ExecutionListener {

  private final ServiceLevelService serviceLevels;

  public RegisterServiceLevelListener(ServiceLevelService serviceLevels) {
    this.serviceLevels = serviceLevels;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String businessKey = serviceLevels.nextBusinessKey();
    if (ServiceLevelProcess.Elements.START_EVENT_SERVICE_NEED_RECEIVED.equals(execution.getCurrentActivityId())) {
      execution.setVariables(serviceLevels.registration(execution.getVariables(), businessKey));
      Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
      if (user != null) {
        execution.setVariable(REQUESTED_BY, user.getUserId());
      }
    }
    execution.setProcessBusinessKey(businessKey);
    // forms and task lists cannot read the business key; they show this variable
    execution.setVariable(SERVICE_LEVEL_NUMBER, businessKey);
  }
}
