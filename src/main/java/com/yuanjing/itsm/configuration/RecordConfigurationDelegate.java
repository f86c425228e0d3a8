package com.yuanjing.itsm.configuration;

import static com.yuanjing.itsm.configuration.ConfigurationProcess.Variables.*;

import com.yuanjing.itsm.identity.Requesters;
import com.yuanjing.itsm.validation.InvalidInputException;
import java.util.Map;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the approved request in the CMDB and keeps the item's id. When the CMDB refuses it now (the
 * change was withdrawn since the check, the item was retired meanwhile, ...), the request ends as failed
 * with the CMDB's reason ({@link ConfigurationProcess#ERROR_RECORD_FAILED}); nothing is recorded then.
 */
@Component("recordConfigurationDelegate")
public class RecordConfigurationDelegate implements JavaDelegate {

  private final ConfigurationRequests requests;
  private final ConfigurationRegistry registry;

  public RecordConfigurationDelegate(ConfigurationRequests requests, ConfigurationRegistry registry) {
    this.requests = requests;
    this.registry = registry;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> variables = execution.getVariables();
    String requester = Requesters.of(execution, REQUESTED_BY);
    try {
      execution.setVariable(ITEM_ID, registry.apply(requests.request(variables), requests.authority(variables, requester)));
    } catch (InvalidInputException refused) {
      throw new BpmnError(ConfigurationProcess.ERROR_RECORD_FAILED, refused.getMessage());
    }
  }
}
