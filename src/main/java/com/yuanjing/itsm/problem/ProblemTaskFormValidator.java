package com.yuanjing.itsm.problem;

import static com.yuanjing.itsm.problem.ProblemProcess.Elements.*;
import static com.yuanjing.itsm.problem.ProblemProcess.Variables.*;

import com.yuanjing.itsm.change.ChangeRequestValidator;
import com.yuanjing.itsm.change.EmbeddedChangeRequest;
import com.yuanjing.itsm.incident.IncidentCategory;
import com.yuanjing.itsm.validation.Choices;
import com.yuanjing.itsm.validation.FieldChecks;
import com.yuanjing.itsm.validation.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Server-side checks of the problem's task forms. */
@Component
public class ProblemTaskFormValidator {

  static final Map<String, String> LOG_DECISIONS = Choices.of("ACCEPT", "确认为问题", "DUPLICATE", "与已有问题重复");
  static final Map<String, String> RESOLUTION_PLANS = Choices.of("CHANGE_REQUIRED", "需要通过变更实施",
      "FIXED_WITHOUT_CHANGE", "已解决，无需变更", "CANNOT_RESOLVE", "无法解决");
  static final Map<String, String> RISK_DECISIONS = Choices.of("ACCEPT_RISK", "接受风险", "CONTINUE", "继续调查");

  private final ChangeRequestValidator changeRequests;

  public ProblemTaskFormValidator(ChangeRequestValidator changeRequests) {
    this.changeRequests = changeRequests;
  }

  public List<FieldError> validate(String taskId, Map<String, Object> values) {
    FieldChecks checks = new FieldChecks(values);
    List<FieldError> errors = new ArrayList<>();
    switch (taskId) {
      case TASK_LOG_PROBLEM -> {
        checks.oneOf(CATEGORY, "分类", true, IncidentCategory.class, IncidentCategory::label)
            .oneOf(LOG_DECISION, "处理决定", true, LOG_DECISIONS);
        if ("DUPLICATE".equals(values.get(LOG_DECISION))) {
          checks.text(DUPLICATE_OF, "重复的问题编号", true, 32);
        }
      }
      case TASK_INVESTIGATE_PROBLEM -> checks.text(SYMPTOM, "症状", true, 4000)
          .text(ROOT_CAUSE, "根本原因", true, 4000)
          .text(WORKAROUND, "临时解决办法", false, 4000);
      case TASK_PLAN_RESOLUTION -> {
        checks.oneOf(RESOLUTION_PLAN, "解决方案类型", true, RESOLUTION_PLANS)
            .text(RESOLUTION_NOTE, "方案说明", true, 4000);
        if ("CHANGE_REQUIRED".equals(values.get(RESOLUTION_PLAN))) {
          errors.addAll(EmbeddedChangeRequest.errors(changeRequests, values, values.get(SERVICE_ID)));
        }
      }
      case TASK_ACCEPT_RISK -> checks.oneOf(RISK_DECISION, "决定", true, RISK_DECISIONS)
          .text(RISK_ACCEPTANCE_REASON, "理由", true, 2000);
      default -> throw new IllegalStateException("No form check for task " + taskId);
    }
    errors.addAll(0, checks.errors());
    return errors;
  }
}
