package com.yuanjing.itsm.change;

import static com.yuanjing.itsm.change.ChangeProcess.Variables.*;

import java.util.Date;
import java.util.List;
import java.util.Map;

/** A change as other systems see it through {@code GET /api/changes/{businessKey}}. */
public record ChangeView(
    String businessKey,
    String processInstanceId,
    String state,
    String outcome,
    String title,
    String serviceId,
    String serviceName,
    String requestedBy,
    String source,
    String sourceKey,
    String changeClass,
    String riskLevel,
    String approvalRoute,
    Boolean approved,
    Date plannedStart,
    Date plannedEnd,
    Boolean changeSucceeded,
    List<String> releaseKeys) {

  /**
   * Built from the instance's own variables. {@code outcome} is the end event's id without its prefix
   * (ChangeSucceeded, ChangeFailed, ChangeRejected, ChangeCancelled), null while the change is open;
   * {@code releaseKeys} are the releases that name this change as their authorisation.
   */
  static ChangeView of(String businessKey, String processInstanceId, String endActivityId,
      Map<String, Object> variables, List<String> releaseKeys) {
    return new ChangeView(businessKey, processInstanceId, endActivityId == null ? "OPEN" : "CLOSED",
        endActivityId == null ? null : endActivityId.replace("EndEvent_", ""),
        (String) variables.get(TITLE), (String) variables.get(SERVICE_ID), (String) variables.get(SERVICE_NAME),
        (String) variables.get(REQUESTED_BY), (String) variables.get(SOURCE), (String) variables.get(SOURCE_KEY),
        (String) variables.get(CHANGE_CLASS), (String) variables.get(RISK_LEVEL),
        (String) variables.get(APPROVAL_ROUTE), (Boolean) variables.get(APPROVED),
        (Date) variables.get(PLANNED_START), (Date) variables.get(PLANNED_END),
        (Boolean) variables.get(CHANGE_SUCCEEDED), releaseKeys);
  }
}
