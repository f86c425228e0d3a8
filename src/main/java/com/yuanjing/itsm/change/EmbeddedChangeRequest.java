package com.yuanjing.itsm.change;

import com.yuanjing.itsm.validation.Choices;
import com.yuanjing.itsm.validation.FieldError;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A request for change filled in on a form of another process (a problem's fix, a capacity expansion) under
 * these variable names, checked there by the change's own rules and handed to changeManagement by a call
 * activity that maps them to the change's names.
 */
public final class EmbeddedChangeRequest {

  public static final String CHANGE_TITLE = "changeTitle";
  public static final String CHANGE_REASON = "changeReason";
  public static final String CHANGE_DESCRIPTION = "changeDescription";
  public static final String CHANGE_PLANNED_START = "changePlannedStart";
  public static final String CHANGE_PLANNED_END = "changePlannedEnd";
  public static final String CHANGE_IMPLEMENTATION_PLAN = "changeImplementationPlan";
  public static final String CHANGE_TEST_PLAN = "changeTestPlan";
  public static final String CHANGE_BACKOUT_PLAN = "changeBackoutPlan";
  public static final String CHANGE_DOWNTIME_REQUIRED = "changeDowntimeRequired";
  public static final String CHANGE_DONE_BEFORE = "changeDoneBefore";
  public static final String CHANGE_TESTED = "changeTested";

  /** The change's own field names and the embedding form's. */
  private static final Map<String, String> FIELDS = Choices.of(
      "title", CHANGE_TITLE, "reason", CHANGE_REASON, "description", CHANGE_DESCRIPTION,
      "plannedStart", CHANGE_PLANNED_START, "plannedEnd", CHANGE_PLANNED_END,
      "implementationPlan", CHANGE_IMPLEMENTATION_PLAN, "testPlan", CHANGE_TEST_PLAN,
      "backoutPlan", CHANGE_BACKOUT_PLAN, "downtimeRequired", CHANGE_DOWNTIME_REQUIRED,
      "doneBefore", CHANGE_DONE_BEFORE, "tested", CHANGE_TESTED);

  private EmbeddedChangeRequest() {}

  /**
   * The change's own rules on the request in {@code values}, for a change of {@code serviceId} (the embedding
   * process's service), reported under the embedding form's field names.
   */
  public static List<FieldError> errors(ChangeRequestValidator changeRequests, Map<String, Object> values,
      Object serviceId) {
    Map<String, Object> request = new HashMap<>();
    FIELDS.forEach((changeField, formField) -> {
      if (values.get(formField) != null) {
        request.put(changeField, values.get(formField));
      }
    });
    request.put(ChangeProcess.Variables.SERVICE_ID, serviceId);
    return changeRequests.validate(request).stream()
        .map(error -> new FieldError(FIELDS.getOrDefault(error.field(), error.field()), error.label(),
            error.message()))
        .toList();
  }
}
