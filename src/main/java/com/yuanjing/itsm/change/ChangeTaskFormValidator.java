package com.yuanjing.itsm.change;

import static com.yuanjing.itsm.change.ChangeProcess.Elements.*;
import static com.yuanjing.itsm.change.ChangeProcess.Variables.*;

import com.yuanjing.itsm.validation.Choices;
import com.yuanjing.itsm.validation.FieldChecks;
import com.yuanjing.itsm.validation.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Server-side checks of the change's task forms: a task completed through the REST API must not take a
 * path on a missing choice, and nobody approves their own change.
 */
@Component
public class ChangeTaskFormValidator {

  static final Map<String, String> CONFLICT_RESOLUTIONS = Choices.of(
      "RESCHEDULE", "重新安排时间", "REQUEST_EXCEPTION", "申请窗口例外", "CANCEL", "取消变更");
  static final Map<String, String> DECISIONS = Choices.of("APPROVE", "批准", "REJECT", "驳回");
  static final Map<String, String> VOTES = Choices.of("APPROVE", "赞成", "REJECT", "反对");
  static final Map<String, String> IMPLEMENTATION_RESULTS =
      Choices.of("COMPLETED", "实施完成", "FAILED", "实施失败");
  static final Map<String, String> VERIFICATION_RESULTS =
      Choices.of("PASSED", "验证通过", "FAILED", "验证失败");
  /** Decisions the requester of a change may not take themselves. */
  static final Set<String> APPROVALS = Set.of(TASK_DECIDE_WINDOW_EXCEPTION, TASK_ASSESS_BUSINESS_IMPACT,
      TASK_APPROVE_EMERGENCY_CHANGE, TASK_CAB_VOTE);

  private final PlannedTimes plannedTimes;

  public ChangeTaskFormValidator(PlannedTimes plannedTimes) {
    this.plannedTimes = plannedTimes;
  }

  /** The errors of a completed task's values; {@code user} is who completes it (null: the engine itself). */
  public List<FieldError> validate(String taskId, Map<String, Object> values, String user) {
    List<FieldError> errors = new ArrayList<>();
    if (user != null && APPROVALS.contains(taskId) && user.equals(values.get(REQUESTED_BY))) {
      errors.add(new FieldError(REQUESTED_BY, "审批人", "变更申请人不能审批自己的变更"));
    }
    FieldChecks checks = new FieldChecks(values);
    switch (taskId) {
      case TASK_RESOLVE_WINDOW_CONFLICT -> {
        checks.oneOf(CONFLICT_RESOLUTION, "处理方式", true, CONFLICT_RESOLUTIONS);
        if ("REQUEST_EXCEPTION".equals(values.get(CONFLICT_RESOLUTION))) {
          checks.text(EXCEPTION_REASON, "申请例外的理由", true, 2000);
        }
        if ("RESCHEDULE".equals(values.get(CONFLICT_RESOLUTION))) {
          errors.addAll(plannedTimes.validate(values, "新的计划开始时间", "新的计划结束时间"));
        }
      }
      case TASK_DECIDE_WINDOW_EXCEPTION -> checks.oneOf(EXCEPTION_DECISION, "审批结果", true, DECISIONS)
          .text(APPROVAL_COMMENT, "审批意见", true, 2000);
      case TASK_ASSESS_TECHNICAL_IMPACT -> checks.text(TECHNICAL_ASSESSMENT, "技术评估意见", true, 4000);
      case TASK_ASSESS_BUSINESS_IMPACT -> checks.text(BUSINESS_ASSESSMENT, "业务评估意见", true, 4000);
      case TASK_CAB_VOTE -> {
        checks.oneOf(VOTE, "投票", true, VOTES);
        if ("REJECT".equals(values.get(VOTE))) {
          checks.text(VOTE_REASON, "反对理由", true, 2000);
        }
      }
      case TASK_APPROVE_EMERGENCY_CHANGE -> checks.oneOf(EMERGENCY_DECISION, "审批结果", true, DECISIONS)
          .text(APPROVAL_COMMENT, "审批意见", true, 2000);
      case TASK_IMPLEMENT_CHANGE -> checks.oneOf(IMPLEMENTATION_RESULT, "实施结果", true, IMPLEMENTATION_RESULTS)
          .text(IMPLEMENTATION_NOTE, "实施记录", true, 4000);
      case TASK_VERIFY_CHANGE -> checks.oneOf(VERIFICATION_RESULT, "验证结果", true, VERIFICATION_RESULTS)
          .text(VERIFICATION_NOTE, "验证记录", true, 4000);
      case TASK_BACK_OUT_CHANGE -> checks.text(BACKOUT_NOTE, "回退记录", true, 4000);
      case TASK_REVIEW_CHANGE -> checks.text(REVIEW_SUMMARY, "评审总结", true, 4000)
          .text(LESSONS_LEARNED, "改进措施", true, 4000);
      default -> throw new IllegalStateException("No form check for task " + taskId);
    }
    errors.addAll(checks.errors());
    return errors;
  }
}
