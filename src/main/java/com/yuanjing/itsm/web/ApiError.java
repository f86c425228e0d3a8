package com.yuanjing.itsm.web;

import com.yuanjing.itsm.validation.FieldError;
import java.util.List;

/** The body of every error answer of {@code /api}: a Chinese message and the bad fields, if any. */
public record ApiError(String message, List<FieldError> errors) {

  public static ApiError of(String message) {
    return new ApiError(message, List.of());
  }
}
