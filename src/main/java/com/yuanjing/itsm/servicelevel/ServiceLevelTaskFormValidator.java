package com.yuanjing.itsm.servicelevel;

import static com.yuanjing.itsm.servicelevel.ServiceLevelProcess.Elements.*;
import static com.yuanjing.itsm.servicelevel.ServiceLevelProcess.Variables.*;

import com.yuanjing.itsm.change.MaintenanceWindow;
import com.yuanjing.itsm.identity.SystemActions;
import com.yuanjing.itsm.validation.Choices;
import com.yuanjing.itsm.validation.FieldChecks;
import com.yuanjing.itsm.validation.FieldError;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.camunda.bpm.engine.IdentityService;

/** Server-side checks of the service level management task forms. */
public class ServiceLevelTaskFormValidator {

  static final Map<String, String> LEVELS = Choices.of("GOLD", "金牌", "SILVER", "银牌", "BRONZE", "铜牌");
  static final Map<String, String> HOURS = Choices.of("ALWAYS", "7×24", "BUSINESS_HOURS", "工作时间（5×8）");
  static final Map<String, String> DECISIONS = Choices.of(ServiceLevelProcess.Decision.APPROVE, "同意",
      ServiceLevelProcess.Decision.REVISE, "修改方案", ServiceLevelProcess.Decision.REJECT, "不同意");

  private final Predicate<String> userExists;

  /** @param userExists whether a user id names a user of the suite (owners must be real people) */
  public ServiceLevelTaskFormValidator(Predicate<String> userExists) {
    this.userExists = userExists;
  }

  /** Checks owners against the suite's users. */
  public static ServiceLevelTaskFormValidator withUsersOf(IdentityService identityService) {
    return new ServiceLevelTaskFormValidator(user -> SystemActions.run(
        () -> identityService.createUserQuery().userId(user).count() > 0));
  }

  /** The errors of a completed task's values; {@code today} is the engine's day in the business calendar's zone. */
  public List<FieldError> validate(String taskId, Map<String, Object> values, LocalDate today) {
    List<FieldError> errors = new ArrayList<>();
    FieldChecks checks = new FieldChecks(values);
    switch (taskId) {
      case TASK_PROPOSE_SOLUTION -> {
        checks.text(SOLUTION, "解决方案", true, 4000)
            .oneOf(SERVICE_LEVEL, "服务级别", true, LEVELS)
            .oneOf(SUPPORT_HOURS, "支持时间", true, HOURS)
            .oneOf(SERVICE_HOURS, "约定服务时间", true, HOURS)
            .optionalBoolean(KEY_SERVICE, "关键服务")
            .text(MAINTENANCE_WINDOWS, "维护窗口", false, 1000);
        user(values, SERVICE_OWNER, "服务负责人", errors);
        if (values.get(MAINTENANCE_WINDOWS) instanceof String text && text.length() <= 1000) {
          for (String window : ServiceLevelService.maintenanceWindows(text)) {
            try {
              MaintenanceWindow.parse((String) values.get(SERVICE_ID), window);
            } catch (IllegalArgumentException e) {
              errors.add(new FieldError(MAINTENANCE_WINDOWS, "维护窗口",
                  "“" + window + "”格式有误，应为 星期 开始-结束，例如 SATURDAY 22:00-06:00"));
            }
          }
        }
      }
      case TASK_EVALUATE_BY_QUALITY -> checks.oneOf(QUALITY_DECISION, "评估结论", true, DECISIONS)
          .text(QUALITY_COMMENT, "评估意见", true, 2000);
      case TASK_EVALUATE_BY_OPERATIONS -> checks.oneOf(OPERATIONS_DECISION, "评估结论", true, DECISIONS)
          .text(OPERATIONS_COMMENT, "评估意见", true, 2000);
      case TASK_NEGOTIATE_SLA -> checks.text(SLA_TERMS, "SLA条款", true, 4000);
      case TASK_SIGN_SLA -> {
        checks.text(SLA_DOCUMENT, "SLA文件编号或链接", true, 500);
        LocalDate signedOn = date(values, SIGNED_ON, "签署日期", errors);
        LocalDate from = date(values, SLA_VALID_FROM, "生效日期", errors);
        LocalDate to = date(values, SLA_VALID_TO, "失效日期", errors);
        if (signedOn != null && signedOn.isAfter(today)) {
          errors.add(new FieldError(SIGNED_ON, "签署日期", "不能晚于今天"));
        }
        if (from != null && to != null && !to.isAfter(from)) {
          errors.add(new FieldError(SLA_VALID_TO, "失效日期", "必须晚于生效日期"));
        }
      }
      case TASK_REVIEW_SLA_ATTAINMENT -> checks.text(REVIEW_COMMENT, "评审意见", true, 4000);
      case TASK_PLAN_IMPROVEMENT -> errors.addAll(improvementPlan(values, today));
      default -> throw new IllegalStateException("No form check for task " + taskId);
    }
    errors.addAll(0, checks.errors());
    return errors;
  }

  /**
   * The errors of an improvement plan: 改进措施, 责任人 (a user of the suite) and 完成期限 after {@code today}. The
   * KPI improvement (制定改进措施) plans its action the same way.
   */
  public List<FieldError> improvementPlan(Map<String, Object> values, LocalDate today) {
    List<FieldError> errors = new ArrayList<>(new FieldChecks(values).text(IMPROVEMENT_ACTION, "改进措施", true, 4000)
        .errors());
    user(values, IMPROVEMENT_OWNER, "责任人", errors);
    LocalDate due = date(values, IMPROVEMENT_DUE_DATE, "完成期限", errors);
    if (due != null && !due.isAfter(today)) {
      errors.add(new FieldError(IMPROVEMENT_DUE_DATE, "完成期限", "必须晚于今天"));
    }
    return errors;
  }

  private void user(Map<String, Object> values, String field, String label, List<FieldError> errors) {
    List<FieldError> textErrors = new FieldChecks(values).text(field, label, true, 64).errors();
    if (!textErrors.isEmpty()) {
      errors.addAll(textErrors);
    } else if (!userExists.test((String) values.get(field))) {
      errors.add(new FieldError(field, label, "用户“" + values.get(field) + "”不存在，请填写用户名"));
    }
  }

  /** A required date as the forms submit it (yyyy-MM-dd); null after reporting an error. */
  private static LocalDate date(Map<String, Object> values, String field, String label, List<FieldError> errors) {
    Object value = values.get(field);
    if (value == null || (value instanceof String s && s.isBlank())) {
      errors.add(new FieldError(field, label, "不能为空"));
      return null;
    }
    try {
      return LocalDate.parse(value.toString().trim());
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, label, "“" + value + "”不是日期，格式为 yyyy-MM-dd"));
      return null;
    }
  }
}
