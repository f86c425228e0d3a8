package com.yuanjing.itsm.availability;

import static com.yuanjing.itsm.availability.AvailabilityProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the review's root cause and the linked problem, if any, on the outage; repeating it is harmless. */
@Component("recordOutageReviewDelegate")
public class RecordOutageReviewDelegate implements JavaDelegate {

  private final OutageRecords records;

  public RecordOutageReviewDelegate(OutageRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    records.review((Long) execution.getVariable(OUTAGE_ID), (String) execution.getVariable(ROOT_CAUSE),
        (String) execution.getVariable(PROBLEM_KEY));
  }
}
