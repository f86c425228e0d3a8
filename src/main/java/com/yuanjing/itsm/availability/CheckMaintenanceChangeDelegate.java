package com.yuanjing.itsm.availability;

import static com.yuanjing.itsm.availability.AvailabilityProcess.Variables.*;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Checks planned maintenance against its change. The part inside the window of the approved change of the
 * service is recorded as confirmed planned time; an outage that overran the window counts outside it and is
 * reviewed; when the change covers nothing, the outage is recorded as unplanned (it counts in full). The
 * reasons are kept for the review.
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
    Instant start = ((Date) execution.getVariable(STARTED_AT)).toInstant();
    Instant end = ((Date) execution.getVariable(RESTORED_AT)).toInstant();
    MaintenanceChanges.Verdict verdict = changes.check((String) execution.getVariable(CHANGE_KEY),
        (String) execution.getVariable(SERVICE_ID), start, end);
    long id = (Long) execution.getVariable(OUTAGE_ID);
    String result = null;
    if (verdict.plannedFrom() != null) {
      records.confirmPlanned(id, verdict.plannedFrom(), verdict.plannedTo());
      if (!verdict.confirmed()) {
        result = "超出变更窗口的部分按计划外中断计入：" + verdict.summary();
      }
    } else if (verdict.confirmed()) {
      records.confirmPlanned(id, start, end);
    } else {
      records.markUnplanned(id);
      result = "按计划外中断计入：" + verdict.summary();
    }
    execution.setVariable(PLANNED_CONFIRMED, verdict.confirmed());
    execution.setVariable(PLANNED_CHECK_RESULT, result);
  }
}
