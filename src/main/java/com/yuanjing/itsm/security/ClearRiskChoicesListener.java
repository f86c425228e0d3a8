package com.yuanjing.itsm.security;

import static com.yuanjing.itsm.security.SecurityRiskAssessmentProcess.Elements.TASK_REVIEW_RISK_ASSESSMENT;
import static com.yuanjing.itsm.security.SecurityRiskAssessmentProcess.Variables.REVIEW_COMMENT;
import static com.yuanjing.itsm.security.SecurityRiskAssessmentProcess.Variables.REVIEW_DECISION;

import com.yuanjing.itsm.validation.ClearChoicesListener;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A review after a return starts without the earlier verdict. */
@Component("clearRiskChoicesListener")
public class ClearRiskChoicesListener extends ClearChoicesListener {

  @Override
  protected Map<String, List<String>> choicesByTask() {
    return Map.of(TASK_REVIEW_RISK_ASSESSMENT, List.of(REVIEW_DECISION, REVIEW_COMMENT));
  }
}
