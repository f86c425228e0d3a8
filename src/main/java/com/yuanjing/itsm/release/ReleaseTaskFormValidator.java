package com.yuanjing.itsm.release;

import static com.yuanjing.itsm.release.ReleaseProcess.Elements.*;
import static com.yuanjing.itsm.release.ReleaseProcess.Variables.*;

import com.yuanjing.itsm.validation.Choices;
import com.yuanjing.itsm.validation.FieldChecks;
import com.yuanjing.itsm.validation.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Server-side checks of the release's task forms; nobody approves a release they registered. */
@Component
public class ReleaseTaskFormValidator {

  static final Map<String, String> EVIDENCE_DECISIONS = Choices.of("RESUBMIT", "重新检查", "WITHDRAW", "撤回发布");
  static final Map<String, String> DECISIONS = Choices.of("APPROVE", "批准", "REJECT", "驳回");
  static final Map<String, String> DEPLOYMENT_RESULTS = Choices.of("COMPLETED", "部署完成", "FAILED", "部署失败");
  static final Map<String, String> SMOKE_TEST_RESULTS = Choices.of("PASSED", "通过", "FAILED", "未通过");

  /** The errors of a completed task's values; {@code user} is who completes it (null: the engine itself). */
  public List<FieldError> validate(String taskId, Map<String, Object> values, String user) {
    List<FieldError> errors = new ArrayList<>();
    FieldChecks checks = new FieldChecks(values);
    switch (taskId) {
      case TASK_COMPLETE_EVIDENCE -> {
        checks.oneOf(EVIDENCE_DECISION, "处理方式", true, EVIDENCE_DECISIONS);
        if ("RESUBMIT".equals(values.get(EVIDENCE_DECISION))) {
          errors.addAll(ReleaseEvidence.validate(values));
        }
      }
      case TASK_APPROVE_RELEASE -> {
        if (user != null && user.equals(values.get(REQUESTED_BY))) {
          errors.add(new FieldError(REQUESTED_BY, "审批人", "发布登记人不能审批自己的发布"));
        }
        checks.oneOf(APPROVAL_DECISION, "审批结果", true, DECISIONS).text(APPROVAL_COMMENT, "审批意见", true, 2000);
      }
      case TASK_DEPLOY_RELEASE -> checks.oneOf(DEPLOYMENT_RESULT, "部署结果", true, DEPLOYMENT_RESULTS)
          .text(DEPLOYMENT_NOTE, "部署记录", true, 4000);
      case TASK_SMOKE_TEST -> checks.oneOf(SMOKE_TEST_RESULT, "冒烟测试结果", true, SMOKE_TEST_RESULTS)
          .text(SMOKE_TEST_NOTE, "测试记录", true, 4000);
      case TASK_ROLL_BACK_RELEASE -> checks.text(ROLLBACK_NOTE, "回滚记录", true, 4000);
      default -> throw new IllegalStateException("No form check for task " + taskId);
    }
    errors.addAll(0, checks.errors());
    return errors;
  }
}
