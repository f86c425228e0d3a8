package com.yuanjing.itsm.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import com.yuanjing.itsm.testsupport.DecisionUnderTest;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * processes/capacity-alert.dmn, evaluated by the standalone DMN engine. Hit policy FIRST: the label
 * {@code capacity_type} (upper-cased by {@link CapacityAlertClassifier}) wins over the alert's name; an alert
 * that matches no rule is no capacity alert. The cases name the rule that must win.
 */
class CapacityAlertDecisionTest {

  private static final List<String> RULES_IN_ORDER = List.of("Rule_LabelCpu", "Rule_LabelMemory", "Rule_LabelDisk",
      "Rule_LabelConnections", "Rule_LabelResponseTime", "Rule_Cpu", "Rule_Memory", "Rule_Disk", "Rule_Connections",
      "Rule_ResponseTime");

  private static DecisionUnderTest decision;

  @BeforeAll
  static void parseDecision() {
    decision = DecisionUnderTest.load("processes/capacity-alert.dmn", CapacityProcess.DECISION_CAPACITY_ALERT);
  }

  private static DmnDecisionResult evaluate(String typeLabel, String alertName) {
    return decision.evaluate(Variables.createVariables()
        .putValue(CapacityAlertClassifier.INPUT_CAPACITY_TYPE_LABEL, typeLabel)
        .putValue(CapacityAlertClassifier.INPUT_ALERT_NAME, alertName));
  }

  // Columns: capacity_type label (empty = none), alertname -> capacity type, rule.
  @ParameterizedTest(name = "[{index}] {0} / {1}: {3}")
  @CsvSource({
      // the label decides, whatever the name
      "CPU,           NodeDown,                       CPU,           Rule_LabelCpu",
      "MEMORY,        HighCpu,                        MEMORY,        Rule_LabelMemory",
      "DISK,          CustomCheck,                    DISK,          Rule_LabelDisk",
      "CONNECTIONS,   ,                               CONNECTIONS,   Rule_LabelConnections",
      "RESPONSE_TIME, DiskFull,                       RESPONSE_TIME, Rule_LabelResponseTime",
      // without a (known) label the name decides
      ",              HighCpu,                        CPU,           Rule_Cpu",
      ",              NodeCpuHigh,                    CPU,           Rule_Cpu",
      ",              HighMemory,                     MEMORY,        Rule_Memory",
      ",              ContainerMemoryHigh,            MEMORY,        Rule_Memory",
      ",              DiskSpaceLow,                   DISK,          Rule_Disk",
      ",              DiskWillFillIn4Hours,           DISK,          Rule_Disk",
      ",              NodeFilesystemAlmostOutOfSpace, DISK,          Rule_Disk",
      ",              TooManyConnections,             CONNECTIONS,   Rule_Connections",
      ",              PostgresTooManyConnections,     CONNECTIONS,   Rule_Connections",
      ",              SlowResponse,                   RESPONSE_TIME, Rule_ResponseTime",
      ",              HighLatency,                    RESPONSE_TIME, Rule_ResponseTime",
      "GPU,           HighLatency,                    RESPONSE_TIME, Rule_ResponseTime",
  })
  void theAgreedRuleWins(String typeLabel, String alertName, String capacityType, String expectedRule) {
    DmnDecisionResult result = evaluate(typeLabel, alertName);

    assertThat(result).hasSize(1);
    assertThat(result.getSingleResult().getEntryMap()).containsOnlyKeys("capacityType");
    assertThat((String) result.getSingleResult().getSingleEntry()).isEqualTo(capacityType);
    assertThat(CapacityType.valueOf(capacityType)).isNotNull();
    assertThat(decision.matchedRules()).hasSize(1);
    assertThat(decision.matchedRules().get(0).getId()).isEqualTo(expectedRule);
  }

  @ParameterizedTest(name = "{0} / {1} is no capacity alert")
  @CsvSource({
      ",    NodeDown",
      ",    ServiceUnavailable",
      ",    highcpu",
      "GPU, TargetDown",
      ",    ",
  })
  void otherAlertsMatchNoRule(String typeLabel, String alertName) {
    assertThat(evaluate(typeLabel, alertName)).isEmpty();
    assertThat(decision.matchedRules()).isEmpty();
  }

  @Test
  void everyCapacityTypeHasALabelRuleAndTheRulesAreInTheAgreedOrder() {
    assertThat(decision.ruleIds()).containsExactlyElementsOf(RULES_IN_ORDER);
    for (CapacityType type : CapacityType.values()) {
      assertThat((String) evaluate(type.name(), "AnyName").getSingleResult().getSingleEntry()).isEqualTo(type.name());
    }
  }
}
