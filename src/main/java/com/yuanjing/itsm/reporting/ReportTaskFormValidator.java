package com.yuanjing.itsm.reporting;

import static com.yuanjing.itsm.reporting.ServiceReportingProcess.Elements.*;
import static com.yuanjing.itsm.reporting.ServiceReportingProcess.Variables.*;

import com.yuanjing.itsm.validation.Choices;
import com.yuanjing.itsm.validation.FieldChecks;
import com.yuanjing.itsm.validation.FieldError;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Server-side checks of the report's task forms; nobody reviews the quality of a report they wrote. */
@Component
public class ReportTaskFormValidator {

  static final Map<String, String> DECISIONS = Choices.of("APPROVE", "批准提交", "REVISE", "退回修改", "CANCEL", "取消报告");
  static final Map<String, String> REVIEW_CHECKS = Choices.of(MEETS_QUALITY_REQUIREMENTS, "符合质量要求",
      MATCHES_BUSINESS_DIRECTION, "符合公司业务方向", MEETS_CUSTOMER_NEEDS, "满足客户需求");

  /**
   * The errors of a completed task's values; {@code user} is who completes it (null: the engine itself).
   * {@code drafters} are the users who drafted the report, as history recorded them.
   */
  public List<FieldError> validate(String taskId, Map<String, Object> values, String user,
      Collection<String> drafters) {
    List<FieldError> errors = new ArrayList<>();
    FieldChecks checks = new FieldChecks(values);
    switch (taskId) {
      case TASK_DRAFT_REPORT -> checks.text(DOCUMENT_REFERENCE, "报告文档", true, 500);
      case TASK_REVIEW_REPORT_QUALITY -> {
        if (user != null && (user.equals(values.get(AUTHOR)) || drafters.contains(user))) {
          errors.add(new FieldError(REVIEWED_BY, "评审人", "报告编写人不能评审自己的报告"));
        }
        REVIEW_CHECKS.forEach((field, label) -> checks.optionalBoolean(field, label));
        checks.text(REVIEW_COMMENT, "评审意见", !passed(values), 2000);
      }
      case TASK_APPROVE_REPORT -> checks.oneOf(APPROVAL_DECISION, "审批结果", true, DECISIONS)
          .text(APPROVAL_COMMENT, "审批意见", !"APPROVE".equals(values.get(APPROVAL_DECISION)), 2000);
      case TASK_SUBMIT_REPORT -> checks.text(SUBMISSION_NOTE, "提交记录", true, 2000);
      default -> throw new IllegalStateException("No form check for task " + taskId);
    }
    errors.addAll(0, checks.errors());
    return errors;
  }

  /** The quality review passes only when all three checks of 2.2 are ticked. */
  static boolean passed(Map<String, Object> values) {
    return REVIEW_CHECKS.keySet().stream().allMatch(field -> Boolean.TRUE.equals(values.get(field)));
  }
}
