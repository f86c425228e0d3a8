package com.yuanjing.itsm.servicelevel;

import static com.yuanjing.itsm.servicelevel.ServiceLevelProcess.Variables.*;

import com.yuanjing.itsm.kpi.ReportingPeriod;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Computes the SLA attainment of the quarter just ended, for its review. */
@Component("computeSlaAttainmentDelegate")
public class ComputeSlaAttainmentDelegate implements JavaDelegate {

  private final SlaAttainmentService attainment;

  public ComputeSlaAttainmentDelegate(SlaAttainmentService attainment) {
    this.attainment = attainment;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SlaAttainmentReport report =
        attainment.attainment(ReportingPeriod.quarterBefore(ClockUtil.getCurrentTime().toInstant()), null);
    execution.setVariable(PERIOD, report.period());
    execution.setVariable(ATTAINMENT_TARGET, report.target());
    execution.setVariable(OVERALL_ATTAINMENT, report.overall().attainment());
    execution.setVariable(ATTAINMENT_SUMMARY, report.describe());
    execution.setVariable(BELOW_TARGET_SERVICES,
        report.belowTarget().stream().map(ServiceAttainment::serviceId).collect(Collectors.joining(",")));
    execution.setVariable(BELOW_TARGET_COUNT, report.belowTarget().size());
  }
}
