package com.yuanjing.itsm.change;

import static com.yuanjing.itsm.change.ChangeProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Counts each CAB member's vote on the change as the member completes the vote. */
@Component("recordCabVoteListener")
public class RecordCabVoteListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    String counter = "APPROVE".equals(execution.getVariable(VOTE)) ? CAB_APPROVALS : CAB_REJECTIONS;
    DelegateExecution change = execution.getProcessInstance();
    change.setVariable(counter, (Integer) change.getVariable(counter) + 1);
  }
}
