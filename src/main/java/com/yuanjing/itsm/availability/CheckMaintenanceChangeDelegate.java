package com.yuanjing.itsm.availability;

import static com.yuanjing.itsm.availability.AvailabilityProcess.Variables.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Checks planned maintenance against its change; when the change does not cover it, the outage is recorded
 * as unplanned (it counts) and the reason is kept for the review.
 */
@Component("checkMaintenanceChangeDelegate")
public class CheckMaintenanceChangeDelegate implements JavaDelegate {

  private final MaintenanceChanges changes;
  private final OutageRecords records;

  public CheckMaintenanceChangeDelegate(MaintenanceChanges changes, OutageRecords records) {
    this.changes = changes;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MaintenanceChanges.Verdict verdict = changes.check((String) execution.getVariable(CHANGE_KEY),
        (String) execution.getVariable(SERVICE_ID), ((Date) execution.getVariable(STARTED_AT)).toInstant(),
        ((Date) execution.getVariable(RESTORED_AT)).toInstant());
    if (!verdict.confirmed()) {
      records.markUnplanned((Long) execution.getVariable(OUTAGE_ID));
    }
    execution.setVariable(PLANNED_CONFIRMED, verdict.confirmed());
    execution.setVariable(PLANNED_CHECK_RESULT, verdict.confirmed() ? null : "按计划外中断计入：" + verdict.summary());
  }
}
