package com.yuanjing.itsm.availability;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuanjing.itsm.capacity.MonitoringAlert;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Whether a monitoring alert means that its service is unavailable: the decision table
 * processes/service-outage-alert.dmn, which process owners edit, on the alert's name and its label
 * {@code impact}.
 */
@Component
public class OutageAlertRule {

  public static final String DECISION_KEY = "serviceOutageAlert";
  public static final String ALERT_NAME = "alertName";
  public static final String IMPACT = "impact";
  public static final String SERVICE_UNAVAILABLE = "serviceUnavailable";

  private final ProcessEngine engine;
  private final ObjectMapper json = new ObjectMapper();

  public OutageAlertRule(ProcessEngine engine) {
    this.engine = engine;
  }

  public boolean serviceUnavailable(MonitoringAlert alert) {
    Map<String, String> labels = labels(alert.labels());
    // the rule is the process's own, not a decision the monitoring user may evaluate
    Object result = OwnBehalf.run(engine, () -> engine.getDecisionService()
        .evaluateDecisionTableByKey(DECISION_KEY, Variables.createVariables()
            .putValue(ALERT_NAME, alert.alertName())
            .putValue(IMPACT, labels.get(IMPACT)))
        .getSingleResult().getEntry(SERVICE_UNAVAILABLE));
    return Boolean.TRUE.equals(result);
  }

  private Map<String, String> labels(String labels) {
    if (labels == null || labels.isBlank()) {
      return Map.of();
    }
    try {
      return json.readValue(labels, new TypeReference<Map<String, String>>() {});
    } catch (JsonProcessingException e) {
      return Map.of();
    }
  }
}
