package com.yuanjing.itsm.capacity;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Whether an alert is a capacity alert, and of which type: capacity-alert.dmn decides from its name and labels.
 * Process owners edit the table: an output that is no {@link CapacityType} (e.g. a new "NETWORK") means no
 * capacity alert, with a warning in the log, until the suite knows the type.
 */
@Component
public class CapacityAlertClassifier {

  /** The label that names the capacity type outright, e.g. {@code capacity_type: disk}. */
  public static final String CAPACITY_TYPE_LABEL = "capacity_type";
  static final String INPUT_ALERT_NAME = "alertName";
  static final String INPUT_CAPACITY_TYPE_LABEL = "capacityTypeLabel";
  static final String OUTPUT_CAPACITY_TYPE = "capacityType";

  private static final Logger LOG = LoggerFactory.getLogger(CapacityAlertClassifier.class);

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
    if (result == null) {
      return Optional.empty();
    }
    Object value = result.containsKey(OUTPUT_CAPACITY_TYPE) ? result.get(OUTPUT_CAPACITY_TYPE)
        : result.size() == 1 ? result.getSingleEntry() : null;
    Optional<CapacityType> type = capacityType(value);
    if (type.isEmpty()) {
      LOG.warn("{} gives alert {} (labels {}) the capacity type {}, which is none of {}: taken as no capacity alert",
          CapacityProcess.DECISION_CAPACITY_ALERT, alertName, labels, value, Arrays.toString(CapacityType.values()));
    }
    return type;
  }

  private static Optional<CapacityType> capacityType(Object value) {
    if (!(value instanceof String name) || name.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(CapacityType.valueOf(name.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }
}
