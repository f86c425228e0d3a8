package com.yuanjing.itsm.validation;

/** One bad input field: its key, its Chinese label and what is wrong, in Chinese. */
public record FieldError(String field, String label, String message) {

  public String describe() {
    return label + "：" + message;
  }
}
