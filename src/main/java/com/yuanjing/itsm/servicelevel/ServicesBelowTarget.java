package com.yuanjing.itsm.servicelevel;

import static com.yuanjing.itsm.servicelevel.ServiceLevelProcess.Variables.BELOW_TARGET_SERVICES;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The services an improvement is planned for: one 制定改进计划 task each, showing the service's name. */
@Component("servicesBelowTarget")
public class ServicesBelowTarget {

  private final ServiceCatalogue catalogue;

  public ServicesBelowTarget(ServiceCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  public List<String> of(DelegateExecution execution) {
    String ids = (String) execution.getVariable(BELOW_TARGET_SERVICES);
    return ids == null || ids.isBlank() ? List.of() : Arrays.asList(ids.split(","));
  }

  /** The catalogue name of a service, whatever its status; its id when the catalogue has none. */
  public String name(String serviceId) {
    return catalogue.find(serviceId).map(entry -> entry.service().name()).orElse(serviceId);
  }
}
