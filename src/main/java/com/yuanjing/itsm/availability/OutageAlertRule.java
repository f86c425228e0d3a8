package com.yuanjing.itsm.availability;

import com.yuanjing.itsm.capacity.MonitoringAlert;
import com.yuanjing.itsm.identity.SystemActions;
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

  public OutageAlertRule(ProcessEngine engine) {
    this.engine = engine;
  }

  public boolean serviceUnavailable(MonitoringAlert alert) {
    Map<String, String> labels = alert.labelValues();
    // the rule is the process's own, not a decision the monitoring user may evaluate
    Object result = SystemActions.run(engine, () -> engine.getDecisionService()
        .evaluateDecisionTableByKey(DECISION_KEY, Variables.createVariables()
            .putValue(ALERT_NAME, alert.alertName())
            .putValue(IMPACT, labels.get(IMPACT)))
        .getSingleResult().getEntry(SERVICE_UNAVAILABLE));
    return Boolean.TRUE.equals(result);
  }
}
