package com.yuanjing.itsm.reporting;

import static com.yuanjing.itsm.reporting.ServiceReportingProcess.Variables.*;

import com.yuanjing.itsm.identity.ItsmGroup;
import com.yuanjing.itsm.identity.SystemActions;
import com.yuanjing.itsm.notification.Notice;
import com.yuanjing.itsm.notification.NotificationService;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A report's deadline timers. The diagram names the alert as input parameter {@code reportDeadline}:
 * DUE_SOON tells the group(s) working the report's open task (the assignee is named in the notice);
 * OVERDUE records {@code overdueAt} once and escalates to {@code notifyGroup}.
 */
@Component("reportDeadlineDelegate")
public class ReportDeadlineDelegate implements JavaDelegate {

  private final NotificationService notifications;

  public ReportDeadlineDelegate(NotificationService notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String key = execution.getProcessBusinessKey();
    String title = (String) execution.getVariable(TITLE);
    String details = "截止时间：" + execution.getVariable(DUE_AT) + "\n客户：" + execution.getVariable(CUSTOMER);
    if ("OVERDUE".equals(execution.getVariableLocal("reportDeadline"))) {
      if (execution.getVariable(OVERDUE_AT) == null) {
        execution.getProcessInstance().setVariable(OVERDUE_AT, ClockUtil.getCurrentTime());
      }
      notifications.notifyGroup((String) execution.getVariableLocal("notifyGroup"), Notice.REPORT_OVERDUE, key, title,
          details + "\n当前处理人：" + assignees(execution));
      return;
    }
    for (String group : openTaskGroups(execution)) {
      notifications.notifyGroup(group, Notice.REPORT_DUE_SOON, key, title, details + "\n当前处理人：" + assignees(execution));
    }
  }

  /** The candidate groups of the report's open tasks; the engineers when none is open (between two steps). */
  private static Set<String> openTaskGroups(DelegateExecution execution) {
    TaskService taskService = execution.getProcessEngineServices().getTaskService();
    Set<String> groups = new LinkedHashSet<>();
    SystemActions.run(() -> {
      for (Task task : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()) {
        taskService.getIdentityLinksForTask(task.getId()).stream()
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
            .map(IdentityLink::getGroupId).forEach(groups::add);
      }
    });
    if (groups.isEmpty()) {
      groups.add(ItsmGroup.OPS_ENGINEERS.id());
    }
    return groups;
  }

  private static String assignees(DelegateExecution execution) {
    TaskService taskService = execution.getProcessEngineServices().getTaskService();
    String names = SystemActions.run(() -> String.join("、", taskService.createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId()).list().stream()
        .map(task -> task.getName() + "（" + (task.getAssignee() == null ? "未领取" : task.getAssignee()) + "）")
        .toList()));
    return names.isEmpty() ? "—" : names;
  }
}
