package com.yuanjing.itsm.capacity;

import static com.yuanjing.itsm.capacity.CapacityProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Keeps the approved plan; idempotent, a repeated run replaces the plan of the quarter and service. */
@Component("storeCapacityPlanDelegate")
public class StoreCapacityPlanDelegate implements JavaDelegate {

  private final CapacityPlans plans;

  public StoreCapacityPlanDelegate(CapacityPlans plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    plans.save(new CapacityPlan((String) execution.getVariable(REVIEW_PERIOD),
        (String) execution.getVariable(PLAN_SERVICE_ID), (String) execution.getVariable(PLAN_SERVICE_NAME),
        (String) execution.getVariable(CURRENT_UTILISATION), (String) execution.getVariable(TREND_FORECAST),
        (String) execution.getVariable(PLANNED_ACTIONS), (String) execution.getVariable(PLANNED_DATES),
        (String) execution.getVariable(DRAFTED_BY), (String) execution.getVariable(PLAN_REVIEWED_BY),
        (String) execution.getVariable(PLAN_REVIEW_COMMENT), ClockUtil.getCurrentTime().toInstant(),
        execution.getProcessBusinessKey()));
  }
}
