package com.yuanjing.itsm.capacity;

import static com.yuanjing.itsm.capacity.CapacityProcess.Elements.*;
import static com.yuanjing.itsm.capacity.CapacityProcess.Variables.*;

import com.yuanjing.itsm.change.ChangeRequestValidator;
import com.yuanjing.itsm.change.EmbeddedChangeRequest;
import com.yuanjing.itsm.incident.Severity;
import com.yuanjing.itsm.validation.Choices;
import com.yuanjing.itsm.validation.FieldChecks;
import com.yuanjing.itsm.validation.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Server-side checks of the capacity task forms. */
@Component
public class CapacityTaskFormValidator {

  public static final String IMPACT_ON_SERVICE = "IMPACT";
  public static final String NO_IMPACT = "NO_IMPACT";
  static final Map<String, String> ASSESSMENT_RESULTS = Choices.of(IMPACT_ON_SERVICE, "已影响或即将影响服务",
      NO_IMPACT, "不影响服务，仅记录");
  static final Map<String, String> CAPACITY_ACTIONS = Choices.of("TUNING", "调优", "EXPANSION", "扩容");
  static final Map<String, String> TUNING_RESULTS = Choices.of("EFFECTIVE", "有效", "NOT_EFFECTIVE", "无效");
  static final Map<String, String> PLAN_DECISIONS = Choices.of("APPROVE", "批准", "REVISE", "退回修改");

  private final ChangeRequestValidator changeRequests;

  public CapacityTaskFormValidator(ChangeRequestValidator changeRequests) {
    this.changeRequests = changeRequests;
  }

  public List<FieldError> validate(String taskId, Map<String, Object> values) {
    FieldChecks checks = new FieldChecks(values);
    List<FieldError> errors = new ArrayList<>();
    switch (taskId) {
      case TASK_ASSESS_CAPACITY_ALERT -> {
        checks.oneOf(ASSESSMENT_RESULT, "对服务的影响", true, ASSESSMENT_RESULTS)
            .text(ASSESSMENT, "评估意见", true, 4000);
        if (IMPACT_ON_SERVICE.equals(values.get(ASSESSMENT_RESULT))) {
          checks.oneOf(IMPACT, "影响度", true, Severity.class, Severity::label)
              .oneOf(URGENCY, "紧急度", true, Severity.class, Severity::label);
        }
      }
      case TASK_PLAN_CAPACITY_ACTION -> {
        checks.oneOf(CAPACITY_ACTION, "容量措施", true, CAPACITY_ACTIONS).text(ACTION_PLAN, "措施说明", true, 4000);
        if ("EXPANSION".equals(values.get(CAPACITY_ACTION))) {
          errors.addAll(EmbeddedChangeRequest.errors(changeRequests, values, values.get(SERVICE_ID)));
        }
      }
      case TASK_TUNE_PERFORMANCE -> checks.text(TUNING_NOTE, "调优记录", true, 4000);
      case TASK_CONFIRM_TUNING -> checks.oneOf(TUNING_RESULT, "调优效果", true, TUNING_RESULTS)
          .text(CONFIRMATION_NOTE, "确认说明", true, 2000);
      case TASK_DRAFT_CAPACITY_PLAN -> checks.text(CURRENT_UTILISATION, "当前使用情况", true, 4000)
          .text(TREND_FORECAST, "趋势与预测", true, 4000)
          .text(PLANNED_ACTIONS, "计划措施", true, 4000)
          .text(PLANNED_DATES, "计划时间", true, 1000);
      case TASK_REVIEW_CAPACITY_PLAN -> checks.oneOf(PLAN_DECISION, "审核结论", true, PLAN_DECISIONS)
          .text(PLAN_REVIEW_COMMENT, "审核意见", "REVISE".equals(values.get(PLAN_DECISION)), 2000);
      default -> throw new IllegalStateException("No form check for task " + taskId);
    }
    errors.addAll(0, checks.errors());
    return errors;
  }
}
