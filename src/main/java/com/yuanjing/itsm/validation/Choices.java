package com.yuanjing.itsm.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Codes with their Chinese labels, in the order a form offers them. */
public final class Choices {

  private Choices() {}

  /** {@code of("APPROVE", "批准", "REJECT", "驳回")}: code, label, code, label, ... */
  public static Map<String, String> of(String... codesAndLabels) {
    if (codesAndLabels.length % 2 != 0) {
      throw new IllegalArgumentException("codes and labels come in pairs");
    }
    Map<String, String> choices = new LinkedHashMap<>();
    for (int i = 0; i < codesAndLabels.length; i += 2) {
      choices.put(codesAndLabels[i], codesAndLabels[i + 1]);
    }
    return Collections.unmodifiableMap(choices);
  }
}
