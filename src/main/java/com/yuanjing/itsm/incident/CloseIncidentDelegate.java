package com.yuanjing.itsm.incident;

import static com.yuanjing.itsm.incident.IncidentProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Closes the incident with the closure code chosen in the confirmation form, or with the one the
 * diagram gives as input parameter {@code closureCode} (the automatic closure).
 */
@Component("closeIncidentDelegate")
public class CloseIncidentDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    // written on the instance: a local input parameter of the same name would swallow the write
    execution.getProcessInstance().setVariable(CLOSURE_CODE, execution.getVariable(CLOSURE_CODE));
    execution.getProcessInstance().setVariable(CLOSED_AT, ClockUtil.getCurrentTime());
  }
}
