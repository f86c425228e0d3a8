package com.yuanjing.itsm.web;

import com.yuanjing.itsm.identity.AccessRefusedException;
import com.yuanjing.itsm.validation.InvalidInputException;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns the suite's exceptions into clear Chinese answers. */
@RestControllerAdvice(basePackages = "com.yuanjing.itsm")
public class ApiExceptionHandler {

  @ExceptionHandler(InvalidInputException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  ApiError invalidInput(InvalidInputException e) {
    return new ApiError(e.getMessage(), e.errors());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  ApiError unreadableBody() {
    return ApiError.of("请求体不是有效的 JSON 对象");
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  @ResponseStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
  ApiError unsupportedMediaType() {
    return ApiError.of("请求体必须是 JSON（Content-Type: application/json）");
  }

  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  ApiError notFound(NotFoundException e) {
    return ApiError.of(e.getMessage());
  }

  @ExceptionHandler(ConflictException.class)
  @ResponseStatus(HttpStatus.CONFLICT)
  ApiError conflict(ConflictException e) {
    return ApiError.of(e.getMessage());
  }

  @ExceptionHandler(AccessRefusedException.class)
  @ResponseStatus(HttpStatus.FORBIDDEN)
  ApiError refused(AccessRefusedException e) {
    return ApiError.of(e.getMessage());
  }

  /** The engine's own messages are English and name internals: the user reads a plain refusal. */
  @ExceptionHandler(AuthorizationException.class)
  @ResponseStatus(HttpStatus.FORBIDDEN)
  ApiError forbidden() {
    return ApiError.of("您没有执行此操作的权限");
  }
}
