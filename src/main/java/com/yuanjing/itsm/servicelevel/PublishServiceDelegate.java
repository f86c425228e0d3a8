package com.yuanjing.itsm.servicelevel;

import static com.yuanjing.itsm.servicelevel.ServiceLevelProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Publishes the signed service as the next catalogue version. The catalogue publishes once per process, so
 * a retried job changes nothing twice, and refuses a change whose service was published by another need
 * since it started (the job fails and shows as an incident).
 */
@Component("publishServiceDelegate")
public class PublishServiceDelegate implements JavaDelegate {

  private final ServiceCatalogue catalogue;

  public PublishServiceDelegate(ServiceCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int version = catalogue.publish(ServiceLevelService.service(execution.getVariables()),
        ServiceLevelService.agreement(execution.getVariables()), (String) execution.getVariable(SIGNED_BY),
        execution.getProcessBusinessKey(), (Integer) execution.getVariable(CURRENT_VERSION));
    execution.setVariable(PUBLISHED_VERSION, version);
  }
}
