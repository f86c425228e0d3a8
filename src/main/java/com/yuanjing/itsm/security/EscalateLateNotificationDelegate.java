package com.yuanjing.itsm.security;

import static com.yuanjing.itsm.security.SecurityIncidentProcess.Variables.*;

import com.yuanjing.itsm.identity.ItsmGroup;
import com.yuanjing.itsm.notification.Notice;
import com.yuanjing.itsm.notification.NotificationService;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.TimeZone;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The customer of a leak was not notified by the deadline: the managers are told, and the time is recorded. The
 * notification task stays open; it still has to be done.
 */
@Component("escalateLateNotificationDelegate")
public class EscalateLateNotificationDelegate implements JavaDelegate {

  private final NotificationService notifications;

  public EscalateLateNotificationDelegate(NotificationService notifications) {
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.getProcessInstance().setVariable(NOTIFICATION_OVERDUE_AT, ClockUtil.getCurrentTime());
    SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd HH:mm");
    format.setTimeZone(TimeZone.getTimeZone("Asia/Shanghai"));
    Date due = (Date) execution.getVariable(CUSTOMER_NOTIFICATION_DUE_AT);
    notifications.notifyGroup(ItsmGroup.OPS_MANAGERS.id(), Notice.CUSTOMER_NOTIFICATION_OVERDUE,
        execution.getProcessBusinessKey(), (String) execution.getVariable(SUMMARY),
        "客户信息泄露后未在时限内通知客户\n通知时限：" + format.format(due) + "（北京时间）\n严重程度："
            + execution.getVariable(SEVERITY) + "\n流程实例：" + execution.getProcessInstanceId());
  }
}
