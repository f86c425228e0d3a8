package com.yuanjing.itsm.configuration;

import static com.yuanjing.itsm.configuration.ConfigurationProcess.Variables.*;

import java.util.List;
import java.util.Map;

/** A configuration audit as {@code GET /api/configuration-audits/{auditKey}} shows it, with its results. */
public record ConfigurationAuditView(
    String auditKey,
    String state,
    String outcome,
    String serviceId,
    Integer itemCount,
    Integer verifiedCount,
    Integer accurateCount,
    Double configurationAccuracy,
    List<ConfigurationAuditResult> results) {

  static ConfigurationAuditView of(String auditKey, String endActivityId, Map<String, Object> variables,
      List<ConfigurationAuditResult> results) {
    return new ConfigurationAuditView(auditKey, endActivityId == null ? "OPEN" : "CLOSED",
        endActivityId == null ? null : endActivityId.replace("EndEvent_", ""), (String) variables.get(SERVICE_ID),
        (Integer) variables.get(AUDIT_ITEM_COUNT), (Integer) variables.get(VERIFIED_COUNT),
        (Integer) variables.get(ACCURATE_COUNT), (Double) variables.get(CONFIGURATION_ACCURACY), results);
  }
}
