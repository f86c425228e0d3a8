package com.yuanjing.itsm.security;

import static com.yuanjing.itsm.security.SecurityRiskAssessmentProcess.Elements.*;
import static com.yuanjing.itsm.security.SecurityRiskAssessmentProcess.Variables.*;

import com.yuanjing.itsm.validation.Choices;
import com.yuanjing.itsm.validation.FieldChecks;
import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.kpi.ReportingPeriod;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Server-side checks of the risk assessment's task forms, and the reading of the risk list: one risk per line,
 * {@code 资产/服务｜威胁｜脆弱性} (full-width or ASCII bar).
 */
@Component
public class RiskTaskFormValidator {

  static final Map<String, String> TREATMENTS = Choices.of("ACCEPT", "接受", "REDUCE", "降低", "TRANSFER", "转移",
      "AVOID", "规避");
  static final Map<String, String> DECISIONS = Choices.of("APPROVE", "批准", "RETURN", "退回修改");
  private static final Pattern BAR = Pattern.compile("[|｜]");
  private static final String RISK_LIST_LABEL = "风险清单";

  public List<FieldError> validate(String taskId, Map<String, Object> values) {
    FieldChecks checks = new FieldChecks(values);
    List<FieldError> errors = new ArrayList<>();
    switch (taskId) {
      case TASK_IDENTIFY_RISKS -> {
        checks.text(RISK_LIST, RISK_LIST_LABEL, true, 4000);
        if (checks.errors().isEmpty()) {
          parse((String) values.get(RISK_LIST), errors);
        }
      }
      case TASK_ASSESS_RISK -> {
        scale(values, LIKELIHOOD, "可能性", errors);
        scale(values, IMPACT, "影响", errors);
      }
      case TASK_PLAN_RISK_TREATMENT -> {
        checks.oneOf(TREATMENT, "处置方式", true, TREATMENTS).text(TREATMENT_MEASURE, "处置措施", true, 2000)
            .text(RISK_OWNER, "负责人", true, 64);
        if (values.get(TREATMENT_DUE_DATE) == null || "".equals(values.get(TREATMENT_DUE_DATE))) {
          errors.add(new FieldError(TREATMENT_DUE_DATE, "完成期限", "不能为空"));
        } else if (dueDate(values.get(TREATMENT_DUE_DATE)) == null) {
          errors.add(new FieldError(TREATMENT_DUE_DATE, "完成期限", "格式应为 2026-12-31"));
        } else if (dueDate(values.get(TREATMENT_DUE_DATE)).isBefore(today())) {
          errors.add(new FieldError(TREATMENT_DUE_DATE, "完成期限", "不能早于今天"));
        }
      }
      case TASK_REVIEW_RISK_ASSESSMENT -> checks.oneOf(REVIEW_DECISION, "评审结论", true, DECISIONS)
          .text(REVIEW_COMMENT, "评审意见", "RETURN".equals(values.get(REVIEW_DECISION)), 2000);
      default -> throw new IllegalStateException("No form check for task " + taskId);
    }
    errors.addAll(0, checks.errors());
    return errors;
  }

  /** The risks of a list the validator accepted. */
  static List<SecurityRisk.Identified> risks(String riskList) {
    return parse(riskList, new ArrayList<>());
  }

  /**
   * The due date a form sent, as a date in Beijing: a date, text {@code 2026-12-31}, an ISO date-time with an
   * offset ({@code 2026-12-30T16:00:00Z} is 31 December in Beijing) or a local ISO date-time (read as Beijing
   * time); null when unreadable.
   */
  static LocalDate dueDate(Object value) {
    if (value instanceof Date date) {
      return date.toInstant().atZone(ReportingPeriod.ZONE).toLocalDate();
    }
    if (value instanceof String text) {
      String stripped = text.strip();
      try {
        return LocalDate.parse(stripped);
      } catch (DateTimeParseException notADate) {
        try {
          return OffsetDateTime.parse(stripped).atZoneSameInstant(ReportingPeriod.ZONE).toLocalDate();
        } catch (DateTimeParseException notWithOffset) {
          try {
            return LocalDateTime.parse(stripped).toLocalDate();
          } catch (DateTimeParseException unreadable) {
            return null;
          }
        }
      }
    }
    return null;
  }

  /** Today in Beijing on the engine clock. */
  static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(ReportingPeriod.ZONE).toLocalDate();
  }

  private static List<SecurityRisk.Identified> parse(String riskList, List<FieldError> errors) {
    List<SecurityRisk.Identified> risks = new ArrayList<>();
    String[] lines = riskList.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String[] parts = BAR.split(lines[i], -1);
      if (parts.length != 3 || java.util.Arrays.stream(parts).anyMatch(String::isBlank)) {
        errors.add(new FieldError(RISK_LIST, RISK_LIST_LABEL,
            "第 " + (i + 1) + " 行应为“资产/服务｜威胁｜脆弱性”三项，用竖线分隔"));
      } else if (parts[0].strip().length() > 200 || parts[1].strip().length() > 500 || parts[2].strip().length() > 500) {
        errors.add(new FieldError(RISK_LIST, RISK_LIST_LABEL, "第 " + (i + 1) + " 行过长（资产最多 200 字，威胁和脆弱性各 500 字）"));
      } else {
        risks.add(new SecurityRisk.Identified(parts[0].strip(), parts[1].strip(), parts[2].strip()));
      }
    }
    if (risks.isEmpty() && errors.isEmpty()) {
      errors.add(new FieldError(RISK_LIST, RISK_LIST_LABEL, "至少列出一个风险"));
    }
    return risks;
  }

  private static void scale(Map<String, Object> values, String field, String label, List<FieldError> errors) {
    Object value = values.get(field);
    if (value == null || "".equals(value)) {
      errors.add(new FieldError(field, label, "不能为空"));
    } else if (!(value instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())
        || number.intValue() < 1 || number.intValue() > 5) {
      errors.add(new FieldError(field, label, "必须是 1 到 5 的整数"));
    }
  }
}
