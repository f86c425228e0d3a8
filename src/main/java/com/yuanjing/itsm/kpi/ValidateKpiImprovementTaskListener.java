package com.yuanjing.itsm.kpi;

import static com.yuanjing.itsm.kpi.KpiReviewProcess.Variables.*;

import com.yuanjing.itsm.servicelevel.ServiceLevelTaskFormValidator;
import com.yuanjing.itsm.sla.BusinessCalendarProperties;
import com.yuanjing.itsm.validation.FieldChecks;
import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.TaskFormListener;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The server-side check of 制定改进措施: a cause (原因分析) and an action planned like every improvement of the suite
 * (改进措施, 责任人, 完成期限); records who planned it.
 */
@Component("validateKpiImprovementTaskListener")
public class ValidateKpiImprovementTaskListener extends TaskFormListener {

  private final ServiceLevelTaskFormValidator plans;
  private final ZoneId zone;

  @Autowired
  public ValidateKpiImprovementTaskListener(IdentityService identityService, BusinessCalendarProperties calendar) {
    this(ServiceLevelTaskFormValidator.withUsersOf(identityService), calendar.zone());
  }

  public ValidateKpiImprovementTaskListener(ServiceLevelTaskFormValidator plans, ZoneId zone) {
    this.plans = plans;
    this.zone = zone;
  }

  @Override
  protected List<FieldError> check(String taskId, Map<String, Object> values, String user) {
    if (!KpiReviewProcess.Elements.TASK_PLAN_KPI_IMPROVEMENT.equals(taskId)) {
      throw new IllegalStateException("No form check for task " + taskId);
    }
    List<FieldError> errors = new ArrayList<>(new FieldChecks(values).text(IMPROVEMENT_CAUSE, "原因分析", true, 4000)
        .errors());
    errors.addAll(plans.improvementPlan(values, LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone)));
    return errors;
  }

  @Override
  protected void accepted(DelegateExecution execution) {
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    execution.setVariable(IMPROVEMENT_PLANNED_BY, user == null ? null : user.getUserId());
  }
}
