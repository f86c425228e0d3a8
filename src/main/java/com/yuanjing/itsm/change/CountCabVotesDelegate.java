package com.yuanjing.itsm.change;

import static com.yuanjing.itsm.change.ChangeProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The CAB approves when the share of yes votes reaches the quorum that change-approval.dmn set. */
@Component("countCabVotesDelegate")
public class CountCabVotesDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    int approvals = (Integer) execution.getVariable(CAB_APPROVALS);
    int rejections = (Integer) execution.getVariable(CAB_REJECTIONS);
    double requiredShare = ((Number) execution.getVariable(CAB_APPROVAL_SHARE)).doubleValue();
    execution.setVariable(APPROVED, approved(approvals, rejections, requiredShare));
  }

  static boolean approved(int approvals, int rejections, double requiredShare) {
    int votes = approvals + rejections;
    return votes > 0 && approvals >= Math.ceil(requiredShare * votes);
  }
}
