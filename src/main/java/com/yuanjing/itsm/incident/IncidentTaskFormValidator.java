package com.yuanjing.itsm.incident;

import static com.yuanjing.itsm.incident.IncidentProcess.Variables.*;

import com.yuanjing.itsm.availability.IncidentOutageFields;
import com.yuanjing.itsm.validation.Choices;
import com.yuanjing.itsm.validation.FieldChecks;
import com.yuanjing.itsm.validation.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Server-side checks of the incident's decision forms: the forms validate in the browser, but a task
 * completed through the REST API must not take a path on a missing or unknown choice.
 */
@Component
public class IncidentTaskFormValidator {

  static final Map<String, String> RESOLVE_OUTCOMES = Choices.of(
      IncidentProcess.ResolveOutcome.RESOLVED, "已解决",
      IncidentProcess.ResolveOutcome.WAIT_FOR_CUSTOMER, "等待客户反馈",
      IncidentProcess.ResolveOutcome.REASSIGN, "转派",
      IncidentProcess.ResolveOutcome.ESCALATE, "升级至运维管理部");
  static final Map<String, String> CONFIRMATION_RESULTS = Choices.of(
      "CONFIRMED", "客户确认已解决", "NOT_RESOLVED", "客户反馈未解决");
  /** The closure codes of 确认解决 and their Chinese names; the automatic closure has {@code AUTO_CLOSED}. */
  public static final Map<String, String> CLOSURE_CODES = Choices.of(
      "RESOLVED", "已解决", "WORKAROUND", "临时解决", "NO_FAULT_FOUND", "未发现故障", "WITHDRAWN", "用户撤销",
      "DUPLICATE", "重复报告");

  /** The form 受理事件: the note is optional; 服务中断 and its start time are checked by availability. */
  public List<FieldError> validateAcceptance(Map<String, Object> values) {
    List<FieldError> errors = new ArrayList<>(
        new FieldChecks(values).text("acceptanceNote", "受理说明", false, 2000).errors());
    errors.addAll(IncidentOutageFields.check(values));
    return errors;
  }

  /** The form 等待客户反馈: what the customer answered. */
  public List<FieldError> validateCustomerReply(Map<String, Object> values) {
    return new FieldChecks(values).text("customerReply", "客户反馈", true, 4000).errors();
  }

  /** The form 处理升级: the managers' instruction (the new group and engineer are checked by 转派事件). */
  public List<FieldError> validateEscalationReview(Map<String, Object> values) {
    return new FieldChecks(values).text("escalationInstruction", "处理意见", true, 2000).errors();
  }

  /** The form 重大事件回顾. */
  public List<FieldError> validateMajorIncidentReview(Map<String, Object> values) {
    return new FieldChecks(values)
        .text("reviewSummary", "回顾总结", true, 4000)
        .text("rootCause", "根本原因", false, 4000)
        .text("lessonsLearned", "改进措施", true, 4000)
        .optionalBoolean("problemRequired", "需要发起问题管理")
        .errors();
  }

  /** The form 诊断并解决: each outcome needs its own explanation. */
  public List<FieldError> validateResolution(Map<String, Object> values) {
    FieldChecks checks = new FieldChecks(values)
        .oneOf(CATEGORY, "分类", true, IncidentCategory.class, IncidentCategory::label)
        .text("diagnosis", "诊断记录", true, 4000)
        .oneOf(RESOLVE_OUTCOME, "处理结果", true, RESOLVE_OUTCOMES);
    Object outcome = values.get(RESOLVE_OUTCOME);
    if (IncidentProcess.ResolveOutcome.RESOLVED.equals(outcome)) {
      checks.text("resolutionNote", "解决方案", true, 4000);
    } else if (IncidentProcess.ResolveOutcome.WAIT_FOR_CUSTOMER.equals(outcome)) {
      checks.text("customerQuestion", "需要客户提供的信息", true, 2000);
    } else if (IncidentProcess.ResolveOutcome.ESCALATE.equals(outcome)) {
      checks.text("escalationReason", "升级原因", true, 2000);
    }
    return checks.errors();
  }

  /** The form 确认解决: a confirmed incident needs a closure code, a rejected one the customer's reason. */
  public List<FieldError> validateConfirmation(Map<String, Object> values) {
    FieldChecks checks = new FieldChecks(values)
        .oneOf(CONFIRMATION_RESULT, "客户确认结果", true, CONFIRMATION_RESULTS);
    Object result = values.get(CONFIRMATION_RESULT);
    if ("CONFIRMED".equals(result)) {
      checks.oneOf(CLOSURE_CODE, "关闭代码", true, CLOSURE_CODES);
    } else if ("NOT_RESOLVED".equals(result)) {
      checks.text(REOPEN_REASON, "未解决原因", true, 2000);
    }
    return checks.errors();
  }

}
