package com.yuanjing.itsm.release;

import static com.yuanjing.itsm.release.ReleaseProcess.Variables.*;

import java.util.Date;
import java.util.Map;

/** A release as other systems see it through {@code GET /api/releases/{businessKey}}. */
public record ReleaseView(
    String businessKey,
    String processInstanceId,
    String state,
    String outcome,
    String title,
    String serviceId,
    String changeKey,
    String applications,
    String deployedOn,
    Date plannedStart,
    Date deployedAt,
    String readinessFindings,
    Boolean releaseSucceeded) {

  static ReleaseView of(String businessKey, String processInstanceId, String endActivityId,
      Map<String, Object> variables) {
    return new ReleaseView(businessKey, processInstanceId, endActivityId == null ? "OPEN" : "CLOSED",
        endActivityId == null ? null : endActivityId.replace("EndEvent_", ""),
        (String) variables.get(TITLE), (String) variables.get(SERVICE_ID), (String) variables.get(CHANGE_KEY),
        (String) variables.get(APPLICATIONS), (String) variables.get(DEPLOYED_ON),
        (Date) variables.get(PLANNED_START), (Date) variables.get(DEPLOYED_AT),
        (String) variables.get(READINESS_FINDINGS), (Boolean) variables.get(RELEASE_SUCCEEDED));
  }
}
