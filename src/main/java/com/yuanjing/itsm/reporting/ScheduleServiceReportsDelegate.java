package com.yuanjing.itsm.reporting;

import static com.yuanjing.itsm.reporting.ServiceReportingProcess.MESSAGE_SERVICE_REPORT_SCHEDULED;
import static com.yuanjing.itsm.reporting.ServiceReportingProcess.Variables.*;

import com.yuanjing.itsm.identity.ItsmGroup;
import com.yuanjing.itsm.identity.SystemActions;
import com.yuanjing.itsm.notification.Notice;
import com.yuanjing.itsm.notification.NotificationService;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The monthly run: starts the periodic service reports due (one per customer, for the month or the quarter
 * just ended) through the message start event {@code ServiceReportScheduled}. Each report starts in a
 * transaction of its own, so a customer whose report cannot start (its request is refused) is logged and
 * reported to the ops managers while the others start. Idempotent: a customer whose report for the period
 * exists is skipped, so a retried or repeated run starts nothing twice.
 */
@Component("scheduleServiceReportsDelegate")
public class ScheduleServiceReportsDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(ScheduleServiceReportsDelegate.class);

  private final ReportingService reports;
  private final NotificationService notifications;

  public ScheduleServiceReportsDelegate(ReportingService reports, NotificationService notifications) {
    this.reports = reports;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RuntimeService runtimeService = execution.getProcessEngineServices().getRuntimeService();
    CommandExecutor separately = ((ProcessEngineConfigurationImpl) execution.getProcessEngine()
        .getProcessEngineConfiguration()).getCommandExecutorTxRequiresNew();
    List<Map<String, Object>> due = reports.serviceReportsDue(ClockUtil.getCurrentTime().toInstant());
    int started = 0;
    for (Map<String, Object> request : due) {
      try {
        separately.execute(command -> SystemActions.run(() -> runtimeService
            .createMessageCorrelation(MESSAGE_SERVICE_REPORT_SCHEDULED).setVariables(request).correlateStartMessage()));
        started++;
      } catch (RuntimeException refused) {
        LOG.warn("Service report {} for {} not started: {}", request.get(REPORT_PERIOD), request.get(CUSTOMER),
            refused.getMessage(), refused);
        notifications.notifyGroup(ItsmGroup.OPS_MANAGERS.id(), Notice.SERVICE_REPORT_NOT_STARTED,
            (String) request.get(REPORT_PERIOD), (String) request.get(CUSTOMER),
            "定期服务报告未能创建，请修正后手工申请该报告。\n客户：" + request.get(CUSTOMER) + "\n报告周期："
                + request.get(REPORT_PERIOD) + "\n原因：" + refused.getMessage());
      }
    }
    LOG.info("Scheduled {} of {} service report(s)", started, due.size());
  }
}
