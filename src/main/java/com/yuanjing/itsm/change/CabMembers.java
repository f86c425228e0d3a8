package com.yuanjing.itsm.change;

import static com.yuanjing.itsm.change.ChangeProcess.Variables.REQUESTED_BY;

import com.yuanjing.itsm.identity.ItsmGroup;
import com.yuanjing.itsm.identity.Requesters;
import com.yuanjing.itsm.identity.SystemActions;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Who votes on a change: every member of the CAB except the requester, who may not approve their own
 * change. Read when the vote starts, so the members of that moment vote.
 */
@Component("cabMembers")
public class CabMembers {

  private final IdentityService identityService;

  public CabMembers(IdentityService identityService) {
    this.identityService = identityService;
  }

  public List<String> of(DelegateExecution execution) {
    String requester = Requesters.of(execution, REQUESTED_BY);
    List<String> voters = SystemActions.run(() -> identityService.createUserQuery()
        .memberOfGroup(ItsmGroup.CAB.id()).orderByUserId().asc().list().stream()
        .map(User::getId)
        .filter(member -> !member.equals(requester))
        .toList());
    if (voters.isEmpty()) {
      // not the user's input: the administrator must add members, so this is an engine error (500)
      throw new ProcessEngineException("无法发起CAB投票：变更咨询委员会（cab 组）没有可以投票的成员"
          + "（申请人不能为自己的变更投票），请管理员为 cab 组添加成员");
    }
    return voters;
  }
}
