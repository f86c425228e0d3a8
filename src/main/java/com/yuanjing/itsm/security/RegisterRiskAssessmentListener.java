package com.yuanjing.itsm.security;

import static com.yuanjing.itsm.security.SecurityRiskAssessmentProcess.Variables.*;

import com.yuanjing.itsm.kpi.ReportingPeriod;
import com.yuanjing.itsm.numbering.BusinessKeys;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Numbers an assessment ({@code RSK-2026-000001}) and names its year: the one asked for, else the current year. */
@Component("registerRiskAssessmentListener")
public class RegisterRiskAssessmentListener implements ExecutionListener {

  private final BusinessKeys businessKeys;

  public RegisterRiskAssessmentListener(BusinessKeys businessKeys) {
    this.businessKeys = businessKeys;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!(execution.getVariable(ASSESSMENT_YEAR) instanceof Number)) {
      execution.setVariable(ASSESSMENT_YEAR, ClockUtil.getCurrentTime().toInstant().atZone(ReportingPeriod.ZONE).getYear());
    }
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    execution.setVariable(REQUESTED_BY, user == null ? null : user.getUserId());
    execution.setProcessBusinessKey(businessKeys.next(SecurityRiskAssessmentProcess.BUSINESS_KEY_PREFIX));
    execution.setVariable(ASSESSMENT_NUMBER, execution.getProcessBusinessKey());
  }
}
