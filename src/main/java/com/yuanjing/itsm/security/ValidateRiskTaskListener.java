package com.yuanjing.itsm.security;

import static com.yuanjing.itsm.security.SecurityRiskAssessmentProcess.Elements.*;
import static com.yuanjing.itsm.security.SecurityRiskAssessmentProcess.Variables.*;

import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.TaskFormListener;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The server-side check of the risk assessment's task forms; accepted values go into the risk register: the list
 * replaces the assessment's risks, each rating and treatment updates its risk, approval marks them approved.
 */
@Component("validateRiskTaskListener")
public class ValidateRiskTaskListener extends TaskFormListener {

  private final RiskTaskFormValidator validator;
  private final SecurityRiskRegister register;

  public ValidateRiskTaskListener(RiskTaskFormValidator validator, SecurityRiskRegister register) {
    this.validator = validator;
    this.register = register;
  }

  @Override
  protected List<FieldError> check(String taskId, Map<String, Object> values, String user) {
    return validator.validate(taskId, values);
  }

  @Override
  protected void accepted(DelegateExecution execution) {
    DelegateExecution instance = execution.getProcessInstance();
    String assessment = (String) execution.getVariable(ASSESSMENT_NUMBER);
    switch (execution.getCurrentActivityId()) {
      case TASK_IDENTIFY_RISKS -> {
        List<SecurityRisk.Identified> risks = RiskTaskFormValidator.risks((String) execution.getVariable(RISK_LIST));
        register.replace(assessment, ((Number) execution.getVariable(ASSESSMENT_YEAR)).intValue(), risks);
        instance.setVariable(RISK_COUNT, risks.size());
      }
      case TASK_ASSESS_RISK -> register.rate(riskId(execution), ((Number) execution.getVariable(LIKELIHOOD)).intValue(),
          ((Number) execution.getVariable(IMPACT)).intValue());
      case TASK_PLAN_RISK_TREATMENT -> register.treat(riskId(execution), (String) execution.getVariable(TREATMENT),
          ((String) execution.getVariable(TREATMENT_MEASURE)).strip(), ((String) execution.getVariable(RISK_OWNER)).strip(),
          RiskTaskFormValidator.dueDate(execution.getVariable(TREATMENT_DUE_DATE)));
      case TASK_REVIEW_RISK_ASSESSMENT -> {
        Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        instance.setVariable(REVIEWED_BY, user == null ? null : user.getUserId());
        if ("APPROVE".equals(execution.getVariable(REVIEW_DECISION))) {
          register.approve(assessment);
          instance.setVariable(APPROVED_AT, ClockUtil.getCurrentTime());
        } else {
          instance.setVariable(RETURN_REASON, execution.getVariable(REVIEW_COMMENT));
        }
      }
      default -> throw new IllegalStateException("No form check for task " + execution.getCurrentActivityId());
    }
  }

  private static long riskId(DelegateExecution execution) {
    return ((Number) execution.getVariable(RISK_ID)).longValue();
  }
}
