package com.yuanjing.itsm.configuration;

import static com.yuanjing.itsm.configuration.ConfigurationProcess.Variables.*;

import com.yuanjing.itsm.sla.BusinessCalendar;
import com.yuanjing.itsm.sla.SupportHours;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Chooses the items an audit verifies, active production items only (the KPI is about production): all
 * of the requested service, or a random sample ({@code itsm.configuration.audit.sample-size}, 20 by
 * default). The selection is kept
 * as the audit's evidence ({@link ConfigurationAuditSubjects}); each verification task gets the item's
 * id, revision and summary as its own variables.
 */
@Component("selectAuditSampleDelegate")
public class SelectAuditSampleDelegate implements JavaDelegate {

  /** The time verifiers have for their items. */
  static final int VERIFICATION_WORKING_DAYS = 10;

  private final ConfigurationRegistry registry;
  private final BusinessCalendar calendar;
  private final int sampleSize;

  public SelectAuditSampleDelegate(ConfigurationRegistry registry, BusinessCalendar calendar,
      @Value("${itsm.configuration.audit.sample-size:20}") int sampleSize) {
    if (sampleSize < 1) {
      throw new IllegalArgumentException("itsm.configuration.audit.sample-size must be at least 1: " + sampleSize);
    }
    this.registry = registry;
    this.calendar = calendar;
    this.sampleSize = sampleSize;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<AuditSubject> subjects = registry.sampleForAudit((String) execution.getVariable(SERVICE_ID), sampleSize);
    execution.setVariable(AUDIT_SUBJECTS, ConfigurationAuditSubjects.of(subjects));
    execution.setVariable(AUDIT_ITEM_COUNT, subjects.size());
    execution.setVariable(VERIFICATION_DUE_AT, Date.from(calendar.addWorkingDays(
        ClockUtil.getCurrentTime().toInstant(), VERIFICATION_WORKING_DAYS, SupportHours.BUSINESS_HOURS)));
  }
}
