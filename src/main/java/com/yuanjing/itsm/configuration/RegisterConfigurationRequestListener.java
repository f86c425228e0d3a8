package com.yuanjing.itsm.configuration;

import static com.yuanjing.itsm.configuration.ConfigurationProcess.Variables.*;

import com.yuanjing.itsm.numbering.BusinessKeys;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs in the transaction that starts the request (before the start event's save point), so a request
 * the CMDB refuses is answered with its field errors and no instance is left behind.
 */
@Component("registerConfigurationRequestListener")
public class RegisterConfigurationRequestListener implements ExecutionListener {

  private final ConfigurationRequests requests;
  private final BusinessKeys businessKeys;

  public RegisterConfigurationRequestListener(ConfigurationRequests requests, BusinessKeys businessKeys) {
    this.requests = requests;
    this.businessKeys = businessKeys;
  }

  @Override
  public void notify(DelegateExecution execution) {
    // the authenticated starter; the named requester only when the engine starts it without a user
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (user != null) {
      execution.setVariable(REQUESTED_BY, user.getUserId());
    }
    execution.setVariables(requests.registration(execution.getVariables(),
        (String) execution.getVariable(REQUESTED_BY)));
    execution.setProcessBusinessKey(businessKeys.next(ConfigurationProcess.BUSINESS_KEY_PREFIX));
    execution.setVariable(REQUEST_NUMBER, execution.getProcessBusinessKey());
  }
}
