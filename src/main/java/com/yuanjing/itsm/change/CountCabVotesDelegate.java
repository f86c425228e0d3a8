package com.yuanjing.itsm.change;

import static com.yuanjing.itsm.change.ChangeProcess.Variables.*;

import com.yuanjing.itsm.identity.SystemActions;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * The CAB approves when the share of yes votes reaches the quorum that change-approval.dmn set. The votes
 * are read from each member's own vote task in history (after a save point, so every vote is there), not
 * from a process variable that any task completion could overwrite.
 */
@Component("countCabVotesDelegate")
public class CountCabVotesDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    List<Object> votes = SystemActions.run(() -> execution.getProcessEngineServices().getHistoryService()
        .createHistoricVariableInstanceQuery().processInstanceId(execution.getProcessInstanceId())
        .variableName(VOTE).list().stream()
        .filter(vote -> !execution.getProcessInstanceId().equals(vote.getActivityInstanceId()))
        .map(HistoricVariableInstance::getValue)
        .toList());
    int approvals = (int) votes.stream().filter("APPROVE"::equals).count();
    int rejections = (int) votes.stream().filter("REJECT"::equals).count();
    double requiredShare = ((Number) execution.getVariable(CAB_APPROVAL_SHARE)).doubleValue();
    execution.setVariable(CAB_APPROVALS, approvals);
    execution.setVariable(CAB_REJECTIONS, rejections);
    execution.setVariable(APPROVED, approved(approvals, rejections, requiredShare));
  }

  static boolean approved(int approvals, int rejections, double requiredShare) {
    int votes = approvals + rejections;
    return votes > 0 && approvals >= Math.ceil(requiredShare * votes);
  }
}
