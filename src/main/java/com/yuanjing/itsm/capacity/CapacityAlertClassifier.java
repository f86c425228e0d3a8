package com.yuanjing.itsm.capacity;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** Whether an alert is a capacity alert, and of which type: capacity-alert.dmn decides from its name and labels. */
@Component
public class CapacityAlertClassifier {

  /** The label that names the capacity type outright, e.g. {@code capacity_type: disk}. */
  public static final String CAPACITY_TYPE_LABEL = "capacity_type";
  static final String INPUT_ALERT_NAME = "alertName";
  static final String INPUT_CAPACITY_TYPE_LABEL = "capacityTypeLabel";

  private final DecisionService decisionService;

  public CapacityAlertClassifier(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  /** The capacity type of the alert; empty when it is no capacity alert. */
  public Optional<CapacityType> classify(MonitoringAlert alert) {
    return classify(alert.alertName(), alert.labelValues());
  }

  public Optional<CapacityType> classify(String alertName, Map<String, String> labels) {
    String typeLabel = labels.get(CAPACITY_TYPE_LABEL);
    Map<String, Object> inputs = new HashMap<>();
    inputs.put(INPUT_ALERT_NAME, alertName);
    inputs.put(INPUT_CAPACITY_TYPE_LABEL, typeLabel == null ? null : typeLabel.strip().toUpperCase(Locale.ROOT));
    DmnDecisionResultEntries result = decisionService.evaluateDecisionByKey(CapacityProcess.DECISION_CAPACITY_ALERT)
        .variables(inputs).evaluate().getFirstResult();
    return Optional.ofNullable(result).map(entries -> (String) entries.getSingleEntry()).map(CapacityType::valueOf);
  }
}
