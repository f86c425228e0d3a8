package com.yuanjing.itsm.reporting;

import static com.yuanjing.itsm.reporting.ServiceReportingProcess.Elements.START_EVENT_SERVICE_REPORT_SCHEDULED;
import static com.yuanjing.itsm.reporting.ServiceReportingProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs in the transaction that requests the report (before the start event's save point), so an invalid
 * request is refused with its message and no instance is left behind. Requests by hand and the periodic
 * schedule's service reports go through the same checks.
 */
@Component("registerReportListener")
public class RegisterReportListener implements ExecutionListener {

  private final ReportingService reports;

  public RegisterReportListener(ReportingService reports) {
    this.reports = reports;
  }

  @Override
  public void notify(DelegateExecution execution) {
    boolean scheduled = START_EVENT_SERVICE_REPORT_SCHEDULED.equals(execution.getCurrentActivityId());
    execution.setVariables(reports.registration(execution.getVariables(), scheduled));
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (user != null) {
      execution.setVariable(REQUESTED_BY, user.getUserId());
    }
    execution.setProcessBusinessKey(reports.nextBusinessKey());
    execution.setVariable(REPORT_NUMBER, execution.getProcessBusinessKey());
  }
}
