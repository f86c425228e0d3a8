package com.yuanjing.itsm.reporting;

import static com.yuanjing.itsm.reporting.ServiceReportingProcess.MESSAGE_SERVICE_REPORT_SCHEDULED;

import com.yuanjing.itsm.identity.SystemActions;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The monthly run: starts one service report per customer for the month just ended, through the message
 * start event {@code ServiceReportScheduled}. Idempotent: a customer whose report for that month exists is
 * skipped, so a retried or repeated run starts nothing twice.
 */
@Component("scheduleServiceReportsDelegate")
public class ScheduleServiceReportsDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(ScheduleServiceReportsDelegate.class);

  private final ReportingService reports;

  public ScheduleServiceReportsDelegate(ReportingService reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RuntimeService runtimeService = execution.getProcessEngineServices().getRuntimeService();
    List<Map<String, Object>> due = reports.serviceReportsDue(ClockUtil.getCurrentTime().toInstant());
    SystemActions.run(() -> due.forEach(request -> runtimeService
        .createMessageCorrelation(MESSAGE_SERVICE_REPORT_SCHEDULED).setVariables(request).correlateStartMessage()));
    LOG.info("Scheduled {} service report(s)", due.size());
  }
}
