package com.yuanjing.itsm.incident;

import static com.yuanjing.itsm.incident.IncidentProcess.Variables.*;

import com.yuanjing.itsm.validation.FieldChecks;
import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Hands the incident to another support group, and to one of its members when one is named. */
@Component("reassignIncidentDelegate")
public class ReassignIncidentDelegate implements JavaDelegate {

  /** The groups that resolve incidents, with their Chinese names. */
  static final Map<String, String> SUPPORT_GROUPS =
      Map.of("ops-engineers", "运维工程师", "security-officers", "信息安全员", "config-managers", "配置管理员");

  private final IdentityService identityService;

  public ReassignIncidentDelegate(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String group = (String) execution.getVariable(REASSIGN_GROUP);
    String user = (String) execution.getVariable(REASSIGN_TO);
    List<FieldError> errors = new ArrayList<>(new FieldChecks(execution.getVariables())
        .oneOf(REASSIGN_GROUP, "转派至", true, SUPPORT_GROUPS)
        .text(REASSIGN_TO, "指定工程师", false, 64)
        .errors());
    boolean userNamed = user != null && !user.isBlank();
    if (errors.isEmpty() && userNamed
        && identityService.createUserQuery().userId(user).memberOfGroup(group).count() == 0) {
      errors.add(new FieldError(REASSIGN_TO, "指定工程师", "用户“" + user + "”不是" + SUPPORT_GROUPS.get(group) + "组的成员"));
    }
    InvalidInputException.throwIfAny("无法转派事件", errors);
    execution.setVariable(SUPPORT_GROUP, group);
    execution.setVariable(RESOLVER, userNamed ? user : null);
    execution.setVariable(REASSIGN_COUNT, (Integer) execution.getVariable(REASSIGN_COUNT) + 1);
  }
}
