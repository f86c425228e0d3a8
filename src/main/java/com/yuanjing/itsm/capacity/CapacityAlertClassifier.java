package com.yuanjing.itsm.capacity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
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
  private final ObjectMapper json = new ObjectMapper();

  public CapacityAlertClassifier(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  /** The capacity type of the alert; empty when it is no capacity alert. */
  public Optional<CapacityType> classify(MonitoringAlert alert) {
    return classify(alert.alertName(), labels(alert.labels()));
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

  private Map<String, String> labels(String object) {
    try {
      return object == null ? Map.of() : json.readValue(object, new TypeReference<Map<String, String>>() {});
    } catch (JsonProcessingException e) {
      return Map.of();
    }
  }
}
