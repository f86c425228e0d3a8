package com.yuanjing.itsm.release;

import static com.yuanjing.itsm.release.ReleaseProcess.Variables.*;

import com.yuanjing.itsm.validation.Choices;
import com.yuanjing.itsm.validation.FieldChecks;
import com.yuanjing.itsm.validation.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The test and acceptance evidence of a release, entered at registration and again when completed. */
final class ReleaseEvidence {

  static final Map<String, String> TEST_RESULTS = Choices.of("PASSED", "通过", "FAILED", "未通过", "NOT_TESTED", "未测试");
  static final Map<String, String> SCAN_RESULTS = Choices.of("PASSED", "通过", "FAILED", "未通过", "NOT_SCANNED", "未扫描");
  static final Map<String, String> LABELS = Choices.of(
      TEST_RESULT, "测试结果", TESTS_PASSED, "通过用例数", TESTS_FAILED, "失败用例数", TESTS_SKIPPED, "跳过用例数",
      ACCEPTANCE_SIGNED_OFF, "客户验收已签署", ACCEPTANCE_SIGNED_BY, "验收签署人", SECURITY_SCAN_RESULT, "安全扫描结果",
      BACKOUT_PLAN, "回退方案");

  private ReleaseEvidence() {}

  static List<FieldError> validate(Map<String, Object> values) {
    List<FieldError> errors = new ArrayList<>(new FieldChecks(values)
        .oneOf(TEST_RESULT, LABELS.get(TEST_RESULT), true, TEST_RESULTS)
        .optionalBoolean(ACCEPTANCE_SIGNED_OFF, LABELS.get(ACCEPTANCE_SIGNED_OFF))
        .text(ACCEPTANCE_SIGNED_BY, LABELS.get(ACCEPTANCE_SIGNED_BY),
            Boolean.TRUE.equals(values.get(ACCEPTANCE_SIGNED_OFF)), 100)
        .oneOf(SECURITY_SCAN_RESULT, LABELS.get(SECURITY_SCAN_RESULT), true, SCAN_RESULTS)
        .text(BACKOUT_PLAN, LABELS.get(BACKOUT_PLAN), false, 4000)
        .errors());
    for (String count : List.of(TESTS_PASSED, TESTS_FAILED, TESTS_SKIPPED)) {
      Object value = values.get(count);
      if (!(value instanceof Number number) || number.doubleValue() < 0
          || number.doubleValue() != Math.rint(number.doubleValue())) {
        errors.add(new FieldError(count, LABELS.get(count), "必须是不小于 0 的整数"));
      }
    }
    return errors;
  }

  /** Counts arrive as JSON or form numbers of any width; the rules compare integers. */
  static Map<String, Object> normalized(Map<String, Object> values) {
    Map<String, Object> normalized = new java.util.HashMap<>();
    for (String count : List.of(TESTS_PASSED, TESTS_FAILED, TESTS_SKIPPED)) {
      normalized.put(count, ((Number) values.get(count)).intValue());
    }
    normalized.put(ACCEPTANCE_SIGNED_OFF, Boolean.TRUE.equals(values.get(ACCEPTANCE_SIGNED_OFF)));
    return normalized;
  }
}
