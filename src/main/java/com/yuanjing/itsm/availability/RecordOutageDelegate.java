package com.yuanjing.itsm.availability;

import static com.yuanjing.itsm.availability.AvailabilityProcess.Variables.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Opens the outage record; idempotent: the record this process (its business key, {@code outage_key}) already
 * opened is taken again, whatever the variables say.
 */
@Component("recordOutageDelegate")
public class RecordOutageDelegate implements JavaDelegate {

  private final OutageRecords records;

  public RecordOutageDelegate(OutageRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var recorded = records.findByKey(execution.getProcessBusinessKey());
    if (recorded.isPresent()) {
      execution.setVariable(OUTAGE_ID, recorded.get().id());
      return;
    }
    OutageSource source = OutageSource.valueOf((String) execution.getVariable(SOURCE));
    Object reportedBy = execution.getVariable(REPORTED_BY);
    long id = records.open((String) execution.getVariable(SERVICE_ID),
        ((Date) execution.getVariable(STARTED_AT)).toInstant(), (String) execution.getVariable(CAUSE),
        Boolean.TRUE.equals(execution.getVariable(PLANNED)), (String) execution.getVariable(CHANGE_KEY), source,
        (String) execution.getVariable(SOURCE_KEY),
        reportedBy instanceof String user && !user.isBlank() ? user : source.label(), execution.getProcessBusinessKey());
    execution.setVariable(OUTAGE_ID, id);
  }
}
