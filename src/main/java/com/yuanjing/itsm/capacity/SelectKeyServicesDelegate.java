package com.yuanjing.itsm.capacity;

import static com.yuanjing.itsm.capacity.CapacityProcess.Variables.*;

import com.yuanjing.itsm.servicelevel.ItService;
import com.yuanjing.itsm.servicelevel.ServiceDirectory;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The key services of the catalogue, each of which gets a capacity plan. */
@Component("selectKeyServicesDelegate")
public class SelectKeyServicesDelegate implements JavaDelegate {

  private final ServiceDirectory services;

  public SelectKeyServicesDelegate(ServiceDirectory services) {
    this.services = services;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> keyServices = services.all().stream().filter(ItService::keyService).map(ItService::id).toList();
    execution.setVariable(PLAN_SERVICE_IDS, String.join(",", keyServices));
    execution.setVariable(PLAN_SERVICE_COUNT, keyServices.size());
  }
}
