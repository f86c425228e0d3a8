package com.yuanjing.itsm.configuration;

import static com.yuanjing.itsm.configuration.ConfigurationProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Keeps what the audit found as the KPI facts of its history: verified, accurate, and their ratio. */
@Component("summariseConfigurationAuditDelegate")
public class SummariseConfigurationAuditDelegate implements JavaDelegate {

  private final ConfigurationAuditService audits;

  public SummariseConfigurationAuditDelegate(ConfigurationAuditService audits) {
    this.audits = audits;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ConfigurationAuditService.Tally tally = audits.tally(execution.getProcessBusinessKey());
    execution.setVariable(VERIFIED_COUNT, tally.verified());
    execution.setVariable(ACCURATE_COUNT, tally.accurate());
    execution.setVariable(CONFIGURATION_ACCURACY,
        tally.verified() == 0 ? null : (double) tally.accurate() / tally.verified());
  }
}
