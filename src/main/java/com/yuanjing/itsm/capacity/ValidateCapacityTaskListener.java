package com.yuanjing.itsm.capacity;

import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.TaskFormListener;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The server-side check of every capacity task form. */
@Component("validateCapacityTaskListener")
public class ValidateCapacityTaskListener extends TaskFormListener {

  private final CapacityTaskFormValidator validator;

  public ValidateCapacityTaskListener(CapacityTaskFormValidator validator) {
    this.validator = validator;
  }

  @Override
  protected List<FieldError> check(String taskId, Map<String, Object> values, String user) {
    return validator.validate(taskId, values);
  }
}
