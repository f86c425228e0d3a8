package com.yuanjing.itsm.problem;

import static com.yuanjing.itsm.problem.ProblemProcess.Variables.*;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A problem as other systems see it through {@code GET /api/problems/{businessKey}}. */
public record ProblemView(
    String businessKey,
    String processInstanceId,
    String state,
    String outcome,
    String title,
    String serviceId,
    String serviceName,
    String category,
    String source,
    List<String> linkedIncidentKeys,
    String rootCause,
    String workaround,
    String changeKey,
    Boolean problemResolved) {

  static ProblemView of(String businessKey, String processInstanceId, String endActivityId,
      Map<String, Object> variables) {
    String keys = (String) variables.getOrDefault(LINKED_INCIDENT_KEYS, "");
    return new ProblemView(businessKey, processInstanceId, endActivityId == null ? "OPEN" : "CLOSED",
        endActivityId == null ? null : endActivityId.replace("EndEvent_", ""),
        (String) variables.get(TITLE), (String) variables.get(SERVICE_ID), (String) variables.get(SERVICE_NAME),
        (String) variables.get(CATEGORY), (String) variables.get(SOURCE),
        keys.isBlank() ? List.of() : Arrays.asList(keys.split(",")),
        (String) variables.get(ROOT_CAUSE), (String) variables.get(WORKAROUND), (String) variables.get(CHANGE_KEY),
        (Boolean) variables.get(PROBLEM_RESOLVED));
  }
}
