package com.yuanjing.itsm.security;

import static com.yuanjing.itsm.security.SecurityRiskAssessmentProcess.Elements.TASK_ASSESS_RISK;
import static com.yuanjing.itsm.security.SecurityRiskAssessmentProcess.Variables.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Gives each task of 评估风险 and 制定处置措施 (one per risk) its risk as local variables for the form, and empty
 * local fields, so that every risk's values stay with its own task instead of overwriting each other.
 */
@Component("prepareRiskTaskListener")
public class PrepareRiskTaskListener implements ExecutionListener {

  private final SecurityRiskRegister register;

  public PrepareRiskTaskListener(SecurityRiskRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateExecution execution) {
    long id = ((Number) execution.getVariable(RISK_ID)).longValue();
    SecurityRisk risk = register.find(id).orElseThrow(() -> new IllegalStateException("No risk " + id));
    Map<String, Object> local = new HashMap<>();
    local.put(RISK_NUMBER, risk.riskNumber());
    local.put(RISK_ASSET, risk.asset());
    local.put(RISK_THREAT, risk.threat());
    local.put(RISK_VULNERABILITY, risk.vulnerability());
    if (TASK_ASSESS_RISK.equals(execution.getCurrentActivityId())) {
      local.put(LIKELIHOOD, null);
      local.put(IMPACT, null);
    } else {
      local.put(LIKELIHOOD, risk.likelihood());
      local.put(IMPACT, risk.impact());
      local.put(RISK_LEVEL, risk.riskLevel());
      local.put(TREATMENT, null);
      local.put(TREATMENT_MEASURE, null);
      local.put(RISK_OWNER, null);
      local.put(TREATMENT_DUE_DATE, null);
    }
    execution.setVariablesLocal(local);
  }
}
