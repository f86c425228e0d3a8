package com.yuanjing.itsm.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Send task glue: the diagram names the group and the notice as input parameters {@code notifyGroup}
 * and {@code notice}, so a process owner can redirect a notice in the Modeler.
 */
@Component("notifyGroupDelegate")
public class NotifyGroupDelegate implements JavaDelegate {

  private final NotificationService notifications;

  public NotifyGroupDelegate(NotificationService notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Notice notice = Notice.valueOf((String) execution.getVariableLocal("notice"));
    notifications.notifyGroup((String) execution.getVariableLocal("notifyGroup"), notice,
        execution.getProcessBusinessKey(), (String) execution.getVariable("summary"), details(execution));
  }

  static String details(DelegateExecution execution) {
    return "流程：" + execution.getProcessDefinitionId() + "\n流程实例：" + execution.getProcessInstanceId()
        + "\n优先级：" + execution.getVariable("priority") + "\n服务：" + execution.getVariable("serviceName");
  }
}
