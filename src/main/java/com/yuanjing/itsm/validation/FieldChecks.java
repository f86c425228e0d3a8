package com.yuanjing.itsm.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Collects the errors of one input map (a JSON body or form variables), so that a user sees every
 * bad field at once instead of one per attempt.
 */
public final class FieldChecks {

  private final Map<String, Object> input;
  private final List<FieldError> errors = new ArrayList<>();

  public FieldChecks(Map<String, Object> input) {
    this.input = input;
  }

  public FieldChecks text(String field, String label, boolean required, int maxLength) {
    Object value = input.get(field);
    if (value == null || (value instanceof String s && s.isBlank())) {
      if (required) {
        errors.add(new FieldError(field, label, "不能为空"));
      }
    } else if (!(value instanceof String s)) {
      errors.add(new FieldError(field, label, "必须是文本"));
    } else if (s.length() > maxLength) {
      errors.add(new FieldError(field, label, "不能超过 " + maxLength + " 个字符（当前 " + s.length() + " 个）"));
    }
    return this;
  }

  /** A code from a Java enum whose constants carry a Chinese label. */
  public <E extends Enum<E>> FieldChecks oneOf(String field, String label, boolean required, Class<E> codes,
      Function<E, String> codeLabel) {
    return oneOf(field, label, required, Arrays.stream(codes.getEnumConstants())
        .collect(Collectors.toMap(Enum::name, codeLabel, (a, b) -> a, java.util.LinkedHashMap::new)));
  }

  /** A code from a list of allowed values (code → Chinese label). */
  public FieldChecks oneOf(String field, String label, boolean required, Map<String, String> allowed) {
    int before = errors.size();
    text(field, label, required, 64);
    Object value = input.get(field);
    if (errors.size() == before && value instanceof String s && !s.isBlank() && !allowed.containsKey(s)) {
      String choices = allowed.entrySet().stream()
          .map(e -> e.getKey() + "（" + e.getValue() + "）").collect(Collectors.joining("、"));
      errors.add(new FieldError(field, label, "取值“" + s + "”无效，可选：" + choices));
    }
    return this;
  }

  public FieldChecks optionalBoolean(String field, String label) {
    Object value = input.get(field);
    if (value != null && !(value instanceof Boolean)) {
      errors.add(new FieldError(field, label, "必须是 true 或 false"));
    }
    return this;
  }

  /** Fields nobody asked for are most likely typos; dropping them silently would lose data. */
  public FieldChecks noOtherFields(Map<String, String> knownFields) {
    input.keySet().stream()
        .filter(key -> !knownFields.containsKey(key))
        .sorted()
        .forEach(key -> errors.add(new FieldError(key, key, "未知字段")));
    return this;
  }

  public List<FieldError> errors() {
    return List.copyOf(errors);
  }
}
