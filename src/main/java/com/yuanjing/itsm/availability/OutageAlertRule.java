package com.yuanjing.itsm.availability;

import com.yuanjing.itsm.capacity.MonitoringAlert;
import com.yuanjing.itsm.identity.SystemActions;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Whether a monitoring alert means that its service is unavailable: the decision table
 * processes/service-outage-alert.dmn, which process owners edit, on the alert's name and its label
 * {@code impact}. Only an output {@code true} means an outage: an edited table that matches no rule, or gives
 * no boolean, means none, with a warning in the log.
 */
@Component
public class OutageAlertRule {

  public static final String DECISION_KEY = "serviceOutageAlert";
  public static final String ALERT_NAME = "alertName";
  public static final String IMPACT = "impact";
  public static final String SERVICE_UNAVAILABLE = "serviceUnavailable";

  private static final Logger LOG = LoggerFactory.getLogger(OutageAlertRule.class);

  private final ProcessEngine engine;

  public OutageAlertRule(ProcessEngine engine) {
    this.engine = engine;
  }

  public boolean serviceUnavailable(MonitoringAlert alert) {
    Map<String, String> labels = alert.labelValues();
    // the rule is the process's own, not a decision the monitoring user may evaluate
    DmnDecisionRuleResult result = SystemActions.run(engine, () -> engine.getDecisionService()
        .evaluateDecisionTableByKey(DECISION_KEY, Variables.createVariables()
            .putValue(ALERT_NAME, alert.alertName())
            .putValue(IMPACT, labels.get(IMPACT)))
        .getFirstResult());
    if (result == null) {
      LOG.warn("{} matches no rule for alert {} (id {}, impact {}): taken as no outage", DECISION_KEY,
          alert.alertName(), alert.id(), labels.get(IMPACT));
      return false;
    }
    Object unavailable = result.get(SERVICE_UNAVAILABLE);
    if (!(unavailable instanceof Boolean)) {
      LOG.warn("{} gives alert {} (id {}) {} = {}, not true or false: taken as no outage", DECISION_KEY,
          alert.alertName(), alert.id(), SERVICE_UNAVAILABLE, unavailable);
      return false;
    }
    return (Boolean) unavailable;
  }
}
