package com.yuanjing.itsm.availability;

import static com.yuanjing.itsm.availability.AvailabilityProcess.Variables.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the end of the outage; the state RESTORED lets later reports of the service open a new outage. */
@Component("recordRestorationDelegate")
public class RecordRestorationDelegate implements JavaDelegate {

  private final OutageRecords records;

  public RecordRestorationDelegate(OutageRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // restoring again with the same end changes nothing, so a retried job is harmless
    records.restore((Long) execution.getVariable(OUTAGE_ID), ((Date) execution.getVariable(RESTORED_AT)).toInstant());
    execution.setVariable(OUTAGE_STATE, AvailabilityProcess.OutageState.RESTORED);
  }
}
