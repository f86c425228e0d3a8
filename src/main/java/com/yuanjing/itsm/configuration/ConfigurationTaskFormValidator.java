package com.yuanjing.itsm.configuration;

import static com.yuanjing.itsm.configuration.ConfigurationProcess.Elements.*;
import static com.yuanjing.itsm.configuration.ConfigurationProcess.Variables.*;

import com.yuanjing.itsm.validation.Choices;
import com.yuanjing.itsm.validation.FieldChecks;
import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Server-side checks of the configuration process's task forms: nobody checks their own request, an
 * approval is checked with the CMDB again, and an inaccurate item needs a finding and a correction.
 */
@Component
public class ConfigurationTaskFormValidator {

  static final Map<String, String> DECISIONS = Choices.of("APPROVE", "批准", "REJECT", "驳回");
  static final Map<String, String> VERIFICATION_RESULTS = Choices.of("ACCURATE", "准确", "INACCURATE", "不准确");
  static final Map<String, String> CORRECTIONS = Choices.of(CORRECTED_VERSION, "实际版本",
      CORRECTED_LOCATION, "实际位置", CORRECTED_DESCRIPTION, "实际描述");

  private final ConfigurationRequests requests;

  public ConfigurationTaskFormValidator(ConfigurationRequests requests) {
    this.requests = requests;
  }

  /** The errors of a completed task's values; {@code user} is who completes it (null: the engine itself). */
  public List<FieldError> validate(String taskId, Map<String, Object> values, String user) {
    List<FieldError> errors = new ArrayList<>();
    FieldChecks checks = new FieldChecks(values);
    switch (taskId) {
      case TASK_CHECK_CONFIGURATION_REQUEST -> {
        if (user != null && user.equals(values.get(REQUESTED_BY))) {
          errors.add(new FieldError(REQUESTED_BY, "审核人", "配置申请人不能审核自己的申请"));
        }
        checks.oneOf(CHECK_DECISION, "审核结果", true, DECISIONS).text(CHECK_COMMENT, "审核意见", true, 2000);
        if (errors.isEmpty() && "APPROVE".equals(values.get(CHECK_DECISION))) {
          try {
            requests.recheck(values, (String) values.get(REQUESTED_BY));
          } catch (InvalidInputException refused) {
            errors.addAll(refused.errors());
          }
        }
      }
      case TASK_VERIFY_CONFIGURATION_ITEM -> {
        if (user == null) {
          errors.add(new FieldError(VERIFICATION_RESULT, "核查人", "核查结果必须由登录用户提交"));
        }
        checks.oneOf(VERIFICATION_RESULT, "核查结果", true, VERIFICATION_RESULTS)
            .text(CORRECTED_VERSION, CORRECTIONS.get(CORRECTED_VERSION), false, 50)
            .text(CORRECTED_LOCATION, CORRECTIONS.get(CORRECTED_LOCATION), false, 500)
            .text(CORRECTED_DESCRIPTION, CORRECTIONS.get(CORRECTED_DESCRIPTION), false, 2000);
        boolean inaccurate = "INACCURATE".equals(values.get(VERIFICATION_RESULT));
        checks.text(FINDING, "核查发现", inaccurate, 2000);
        boolean corrected = CORRECTIONS.keySet().stream().anyMatch(field -> present(values.get(field)));
        if (inaccurate && !corrected) {
          errors.add(new FieldError(CORRECTED_VERSION, "更正内容", "结果为不准确时至少填写实际版本、实际位置、实际描述中的一项"));
        }
        if ("ACCURATE".equals(values.get(VERIFICATION_RESULT))) {
          // a correction typed before switching to 准确 would be silently dropped
          CORRECTIONS.forEach((field, label) -> {
            if (present(values.get(field))) {
              errors.add(new FieldError(field, label, "结果为准确时不应填写，请清空或将结果改为不准确"));
            }
          });
        }
      }
      default -> throw new IllegalStateException("No form check for task " + taskId);
    }
    errors.addAll(0, checks.errors());
    return errors;
  }

  private static boolean present(Object value) {
    return ConfigurationItemService.blankToNull(value) != null;
  }
}
