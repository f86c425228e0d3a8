package com.yuanjing.itsm.capacity;

import static com.yuanjing.itsm.capacity.CapacityProcess.Variables.*;

import com.yuanjing.itsm.servicelevel.ItService;
import com.yuanjing.itsm.servicelevel.ServiceDirectory;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Gives each plan of the review its own fields: declared local to its instance of the sub-process, the values
 * its forms complete with stay with that plan instead of landing on the review shared by all plans.
 */
@Component("prepareCapacityPlanListener")
public class PrepareCapacityPlanListener implements ExecutionListener {

  static final List<String> PLAN_FIELDS = List.of(CURRENT_UTILISATION, TREND_FORECAST, PLANNED_ACTIONS, PLANNED_DATES,
      DRAFTED_BY, PLAN_DECISION, PLAN_REVIEW_COMMENT, PLAN_REVIEWED_BY);

  private final ServiceDirectory services;

  public PrepareCapacityPlanListener(ServiceDirectory services) {
    this.services = services;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String serviceId = (String) execution.getVariable(PLAN_SERVICE_ID);
    execution.setVariableLocal(PLAN_SERVICE_NAME, services.find(serviceId).map(ItService::name).orElse(serviceId));
    PLAN_FIELDS.forEach(field -> execution.setVariableLocal(field, null));
  }
}
