package com.yuanjing.itsm.capacity;

import static com.yuanjing.itsm.capacity.CapacityProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Runs in the transaction that starts the case (before the start events' save point), so an invalid start
 * form is refused with its message and no instance is left behind; numbers the case.
 */
@Component("registerCapacityListener")
public class RegisterCapacityListener implements ExecutionListener {

  private final CapacityService capacity;

  public RegisterCapacityListener(CapacityService capacity) {
    this.capacity = capacity;
  }

  @Override
  public void notify(DelegateExecution execution) {
    boolean fromAlert = CapacityProcess.Elements.START_EVENT_CAPACITY_ALERT_RECEIVED
        .equals(execution.getCurrentActivityId());
    execution.setVariables(capacity.registration(execution.getVariables(), fromAlert));
    execution.setVariable(REPORTED_AT, ClockUtil.getCurrentTime());
    execution.setProcessBusinessKey(capacity.nextBusinessKey());
    execution.setVariable(CAPACITY_NUMBER, execution.getProcessBusinessKey());
  }
}
