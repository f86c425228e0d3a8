package com.yuanjing.itsm.security;

import static com.yuanjing.itsm.security.SecurityIncidentProcess.Elements.*;
import static com.yuanjing.itsm.security.SecurityIncidentProcess.Variables.*;

import com.yuanjing.itsm.validation.Choices;
import com.yuanjing.itsm.validation.FieldChecks;
import com.yuanjing.itsm.validation.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Server-side checks of the security incident's task forms. */
@Component
public class SecurityTaskFormValidator {

  static final Map<String, String> TRIAGE_DECISIONS = Choices.of(SecurityIncidentProcess.TriageDecision.CONFIRMED,
      "确认为安全事件", SecurityIncidentProcess.TriageDecision.FALSE_ALARM, "误报");
  static final Map<String, String> CHANNELS = Choices.of("PHONE", "电话", "EMAIL", "邮件", "LETTER", "书面函件",
      "MEETING", "当面告知");

  public List<FieldError> validate(String taskId, Map<String, Object> values) {
    FieldChecks checks = new FieldChecks(values);
    List<FieldError> errors = new ArrayList<>();
    switch (taskId) {
      case TASK_TRIAGE_SECURITY_EVENT -> {
        checks.oneOf(TRIAGE_DECISION, "研判结论", true, TRIAGE_DECISIONS).text(TRIAGE_NOTE, "研判说明", true, 4000);
        if (confirmed(values)) {
          checks.oneOf(EVENT_TYPE, "事件类型", true, SecurityEventType.class, SecurityEventType::label);
          requireBoolean(values, CUSTOMER_INFORMATION_EXPOSED, "是否泄露客户信息", errors);
          requireBoolean(values, KEY_SERVICE_AFFECTED, "是否涉及关键服务", errors);
          Object customers = values.get(AFFECTED_CUSTOMERS);
          long minimum = Boolean.TRUE.equals(values.get(CUSTOMER_INFORMATION_EXPOSED)) ? 1 : 0;
          if (customers == null || customers instanceof String s && s.isBlank()) {
            errors.add(new FieldError(AFFECTED_CUSTOMERS, "受影响客户数", "不能为空"));
          } else if (!isWholeNumber(customers) || ((Number) customers).longValue() < minimum) {
            errors.add(new FieldError(AFFECTED_CUSTOMERS, "受影响客户数", minimum == 1
                ? "泄露客户信息时必须是不小于 1 的整数" : "必须是不小于 0 的整数"));
          }
        }
      }
      case TASK_CONTAIN_SECURITY_INCIDENT -> checks.text(CONTAINMENT_ACTIONS, "遏制措施", true, 4000);
      case TASK_INVESTIGATE_SECURITY_INCIDENT -> {
        checks.text(INVESTIGATION_FINDINGS, "调查结论", true, 4000);
        Object found = values.get(LEAK_FOUND_IN_INVESTIGATION);
        if (found != null && !(found instanceof Boolean)) {
          errors.add(new FieldError(LEAK_FOUND_IN_INVESTIGATION, "调查发现客户信息泄露", "请选择是或否"));
        } else if (leakFoundInInvestigation(values)) {
          Object customers = values.get(AFFECTED_CUSTOMERS);
          if (!isWholeNumber(customers) || ((Number) customers).longValue() < 1) {
            errors.add(new FieldError(AFFECTED_CUSTOMERS, "受影响客户数", "泄露客户信息时必须是不小于 1 的整数"));
          }
        }
      }
      case TASK_ERADICATE_THREAT -> checks.text(ERADICATION_ACTIONS, "根除措施", true, 4000);
      case TASK_RECOVER_SYSTEMS -> checks.text(RECOVERY_ACTIONS, "恢复情况", true, 4000);
      case TASK_NOTIFY_CUSTOMER -> checks.oneOf(NOTIFICATION_CHANNEL, "通知方式", true, CHANNELS)
          .text(NOTIFICATION_RECORD, "通知记录", true, 4000);
      case TASK_REVIEW_SECURITY_INCIDENT -> checks.text(ROOT_CAUSE, "根本原因", true, 4000)
          .text(LESSONS_LEARNED, "经验教训", true, 4000)
          .text(IMPROVEMENT_ACTIONS, "改进措施及负责人", true, 4000);
      default -> throw new IllegalStateException("No form check for task " + taskId);
    }
    errors.addAll(0, checks.errors());
    return errors;
  }

  /** A leak the investigation found and triage had not recorded; one already recorded is not recorded again. */
  static boolean leakFoundInInvestigation(Map<String, Object> values) {
    return Boolean.TRUE.equals(values.get(LEAK_FOUND_IN_INVESTIGATION))
        && !Boolean.TRUE.equals(values.get(CUSTOMER_INFORMATION_LEAKED));
  }

  static boolean confirmed(Map<String, Object> values) {
    return SecurityIncidentProcess.TriageDecision.CONFIRMED.equals(values.get(TRIAGE_DECISION));
  }

  private static void requireBoolean(Map<String, Object> values, String field, String label, List<FieldError> errors) {
    if (!(values.get(field) instanceof Boolean)) {
      errors.add(new FieldError(field, label, "请选择是或否"));
    }
  }

  private static boolean isWholeNumber(Object value) {
    return value instanceof Integer || value instanceof Long || value instanceof Short
        || (value instanceof Double d && d == Math.rint(d) && !d.isInfinite());
  }
}
