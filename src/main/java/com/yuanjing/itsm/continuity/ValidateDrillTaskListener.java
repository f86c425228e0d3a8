package com.yuanjing.itsm.continuity;

import static com.yuanjing.itsm.continuity.ContinuityDrillProcess.Elements.*;
import static com.yuanjing.itsm.continuity.ContinuityDrillProcess.Variables.*;

import com.yuanjing.itsm.change.PlannedTimes;
import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.TaskFormListener;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Checks the drill's task forms on completion and turns accepted values into the process's facts: times into
 * dates, and on 执行演练 the pass/fail verdict from the targets of the plan version in force at that moment.
 */
@Component("validateDrillTaskListener")
public class ValidateDrillTaskListener extends TaskFormListener {

  private final DrillTaskFormValidator validator;
  private final PlannedTimes times;
  private final ContinuityPlans plans;

  public ValidateDrillTaskListener(DrillTaskFormValidator validator, PlannedTimes times, ContinuityPlans plans) {
    this.validator = validator;
    this.times = times;
    this.plans = plans;
  }

  @Override
  protected List<FieldError> check(String taskId, Map<String, Object> values, String user) {
    return validator.validate(taskId, values, ClockUtil.getCurrentTime().toInstant(), ContinuityPlans.today());
  }

  @Override
  protected void accepted(DelegateExecution execution) {
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String userId = user == null ? null : user.getUserId();
    switch (execution.getCurrentActivityId()) {
      case TASK_PLAN_DRILL -> {
        execution.setVariable(PLANNED_AT, times.toDate(execution.getVariable(PLANNED_AT)));
        execution.setVariable(PLANNED_BY, userId);
      }
      case TASK_EXECUTE_DRILL -> {
        execution.setVariable(STARTED_AT, times.toDate(execution.getVariable(STARTED_AT)));
        execution.setVariable(ENDED_AT, times.toDate(execution.getVariable(ENDED_AT)));
        int rto = DrillTaskFormValidator.toMinutes(execution.getVariable(RTO_ACHIEVED_MINUTES));
        int rpo = DrillTaskFormValidator.toMinutes(execution.getVariable(RPO_ACHIEVED_MINUTES));
        execution.setVariable(RTO_ACHIEVED_MINUTES, rto);
        execution.setVariable(RPO_ACHIEVED_MINUTES, rpo);
        boolean failedForFindings = Boolean.TRUE.equals(execution.getVariable(FAILED_FOR_FINDINGS));
        execution.setVariable(FAILED_FOR_FINDINGS, failedForFindings);
        // the plan in force now: a version saved since the drill was requested is the one tested
        ContinuityPlan plan = plans.current((String) execution.getVariable(SERVICE_ID)).orElseThrow();
        execution.setVariables(ContinuityDrills.targets(plan));
        execution.setVariable(DRILL_PASSED,
            DrillResult.passes(plan.rtoMinutes(), plan.rpoMinutes(), rto, rpo, failedForFindings));
        execution.setVariable(EXECUTED_BY, userId);
      }
      case TASK_PLAN_IMPROVEMENTS -> execution.setVariable(IMPROVEMENTS_PLANNED_BY, userId);
      default -> throw new IllegalStateException("No form for " + execution.getCurrentActivityId());
    }
  }
}
