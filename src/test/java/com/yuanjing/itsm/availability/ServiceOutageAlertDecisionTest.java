package com.yuanjing.itsm.availability;

import static org.assertj.core.api.Assertions.assertThat;

import com.yuanjing.itsm.testsupport.DecisionUnderTest;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * processes/service-outage-alert.dmn, evaluated by the standalone DMN engine with the variable names
 * {@link OutageAlertRule} passes. Hit policy FIRST: an explicit {@code impact} label wins over the alert's
 * name, and a catch-all ends the table.
 */
class ServiceOutageAlertDecisionTest {

  private static final String RESOURCE = "processes/service-outage-alert.dmn";
  private static final List<String> RULES_IN_ORDER =
      List.of("Rule_ImpactOutage", "Rule_ImpactNotOutage", "Rule_AvailabilityAlert", "Rule_Otherwise");

  private static DecisionUnderTest decision;

  @BeforeAll
  static void parseDecision() {
    decision = DecisionUnderTest.load(RESOURCE, OutageAlertRule.DECISION_KEY);
  }

  @ParameterizedTest(name = "{0}, impact={1} → {2} by {3}")
  @CsvSource(nullValues = "null", value = {
      "ServiceDown, null, true, Rule_AvailabilityAlert",
      "TargetDown, null, true, Rule_AvailabilityAlert",
      "ProbeFailed, null, true, Rule_AvailabilityAlert",
      "HighCpu, outage, true, Rule_ImpactOutage",
      "null, outage, true, Rule_ImpactOutage",
      "ServiceDown, outage, true, Rule_ImpactOutage",
      "ServiceDown, degraded, false, Rule_ImpactNotOutage",
      "HighCpu, none, false, Rule_ImpactNotOutage",
      "HighCpu, null, false, Rule_Otherwise",
      "DiskFull, null, false, Rule_Otherwise",
      "servicedown, null, false, Rule_Otherwise",
      "null, null, false, Rule_Otherwise"})
  void decidesWhetherTheAlertMeansTheServiceIsUnavailable(String alertName, String impact, boolean unavailable,
      String rule) {
    DmnDecisionResultEntries result = decision.evaluate(Variables.createVariables()
        .putValue(OutageAlertRule.ALERT_NAME, alertName)
        .putValue(OutageAlertRule.IMPACT, impact)).getSingleResult();

    assertThat(result.<Boolean>getEntry(OutageAlertRule.SERVICE_UNAVAILABLE)).isEqualTo(unavailable);
    assertThat(decision.matchedRules()).extracting(matched -> matched.getId()).first().isEqualTo(rule);
  }

  @Test
  void theRulesAreInTheirOrderAndEveryOneGivesAReasonWhenItSaysOutage() {
    assertThat(decision.ruleIds()).containsExactlyElementsOf(RULES_IN_ORDER);
    assertThat(decision.evaluate(Variables.createVariables().putValue(OutageAlertRule.ALERT_NAME, "TargetDown")
        .putValue(OutageAlertRule.IMPACT, null)).getSingleResult().<String>getEntry("reason")).isEqualTo("可用性告警");
    assertThat(decision.evaluate(Variables.createVariables().putValue(OutageAlertRule.ALERT_NAME, "HighCpu")
        .putValue(OutageAlertRule.IMPACT, "outage")).getSingleResult().<String>getEntry("reason"))
        .isEqualTo("告警标签 impact=outage");
  }
}
