package com.yuanjing.itsm.capacity;

import static com.yuanjing.itsm.capacity.CapacityProcess.Variables.*;

import com.yuanjing.itsm.kpi.ReportingPeriod;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Numbers a quarterly review and names its quarter: the one it starts in (Beijing time), which its plans are for. */
@Component("startCapacityReviewListener")
public class StartCapacityReviewListener implements ExecutionListener {

  private final CapacityService capacity;

  public StartCapacityReviewListener(CapacityService capacity) {
    this.capacity = capacity;
  }

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariable(REVIEW_PERIOD, ReportingPeriod.quarterOf(ClockUtil.getCurrentTime().toInstant()).label());
    execution.setProcessBusinessKey(capacity.nextReviewKey());
    execution.setVariable(REVIEW_NUMBER, execution.getProcessBusinessKey());
  }
}
