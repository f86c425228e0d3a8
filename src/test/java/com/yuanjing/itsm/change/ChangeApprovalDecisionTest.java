package com.yuanjing.itsm.change;

import static org.assertj.core.api.Assertions.assertThat;

import com.yuanjing.itsm.change.ChangeProcess.Variables;
import com.yuanjing.itsm.testsupport.DecisionUnderTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * processes/change-approval.dmn, evaluated by the standalone DMN engine: the approval route and the share
 * of CAB votes needed, for each change class and risk level of change-classification.dmn.
 */
class ChangeApprovalDecisionTest {

  private static final String RESOURCE = "processes/change-approval.dmn";
  private static final List<String> CLASSES = List.of("STANDARD", "NORMAL", "EMERGENCY");
  private static final List<String> RISKS = List.of("LOW", "MEDIUM", "HIGH");

  private static DecisionUnderTest decision;

  @BeforeAll
  static void parseDecision() {
    decision = DecisionUnderTest.load(RESOURCE, "changeApproval");
  }

  private static DmnDecisionResult evaluate(String changeClass, String riskLevel) {
    return decision.evaluate(org.camunda.bpm.engine.variable.Variables.createVariables()
        .putValue(Variables.CHANGE_CLASS, changeClass)
        .putValue(Variables.RISK_LEVEL, riskLevel));
  }

  /** The single result for a known combination, failing with the inputs named otherwise. */
  private static DmnDecisionResultEntries single(String changeClass, String riskLevel) {
    DmnDecisionResult result = evaluate(changeClass, riskLevel);
    assertThat(result).as("results for %s/%s", changeClass, riskLevel).hasSize(1);
    assertThat(decision.matchedRules()).as("rules matching %s/%s", changeClass, riskLevel).hasSize(1);
    return result.getSingleResult();
  }

  @ParameterizedTest(name = "{0} {1}: {2}, share {3} ({4})")
  @CsvSource({
      "STANDARD,  LOW,    NONE,          0.0, Rule_StandardChange",
      "STANDARD,  MEDIUM, NONE,          0.0, Rule_StandardChange",
      "STANDARD,  HIGH,   NONE,          0.0, Rule_StandardChange",
      "NORMAL,    LOW,    CAB,           0.5, Rule_NormalChangeLowRisk",
      "NORMAL,    MEDIUM, CAB,           0.5, Rule_NormalChangeMediumRisk",
      "NORMAL,    HIGH,   CAB,           1.0, Rule_NormalChangeHighRisk",
      "EMERGENCY, LOW,    EMERGENCY_CAB, 0.0, Rule_EmergencyChange",
      "EMERGENCY, MEDIUM, EMERGENCY_CAB, 0.0, Rule_EmergencyChange",
      "EMERGENCY, HIGH,   EMERGENCY_CAB, 0.0, Rule_EmergencyChange",
  })
  void eachRuleGivesTheAgreedRouteAndShare(String changeClass, String riskLevel, String expectedRoute,
      double expectedShare, String expectedRule) {
    DmnDecisionResultEntries entries = single(changeClass, riskLevel);

    assertThat(entries.getEntryMap()).containsOnlyKeys(Variables.APPROVAL_ROUTE, Variables.CAB_APPROVAL_SHARE);
    assertThat((String) entries.getEntry(Variables.APPROVAL_ROUTE)).isEqualTo(expectedRoute);
    assertThat(entries.<Object>getEntry(Variables.CAB_APPROVAL_SHARE)).isInstanceOf(Double.class)
        .isEqualTo(expectedShare);
    assertThat(decision.matchedRules().get(0).getId()).isEqualTo(expectedRule);
  }

  @Test
  void tableHasFiveRulesAndEveryClassAndRiskHasExactlyOneResult() {
    assertThat(decision.ruleIds()).containsExactly(
        "Rule_StandardChange",
        "Rule_NormalChangeLowRisk",
        "Rule_NormalChangeMediumRisk",
        "Rule_NormalChangeHighRisk",
        "Rule_EmergencyChange");

    List<String> hitRuleIds = new ArrayList<>();
    for (String changeClass : CLASSES) {
      for (String riskLevel : RISKS) {
        single(changeClass, riskLevel);
        hitRuleIds.add(decision.matchedRules().get(0).getId());
      }
    }

    assertThat(new HashSet<>(hitRuleIds)).isEqualTo(new HashSet<>(decision.ruleIds()));
  }

  @Test
  void cabApprovalShareIsBetweenZeroAndOneAndZeroOnlyWithoutCabVotes() {
    for (String changeClass : CLASSES) {
      for (String riskLevel : RISKS) {
        DmnDecisionResultEntries entries = single(changeClass, riskLevel);
        String route = entries.getEntry(Variables.APPROVAL_ROUTE);
        double share = entries.<Double>getEntry(Variables.CAB_APPROVAL_SHARE);

        assertThat(share).as("share for %s/%s", changeClass, riskLevel).isBetween(0.0, 1.0);
        if ("CAB".equals(route)) {
          assertThat(share).as("share for %s/%s, voted by the CAB", changeClass, riskLevel).isPositive();
        } else {
          assertThat(share).as("share for %s/%s, route %s", changeClass, riskLevel, route).isZero();
        }
      }
    }
  }

  @ParameterizedTest(name = "change class \"{0}\" matches no rule")
  @NullAndEmptySource
  @ValueSource(strings = {"MAJOR", "normal", "Standard", "UNKNOWN"})
  void unknownChangeClassMatchesNoRule(String changeClass) {
    for (String riskLevel : RISKS) {
      assertThat(evaluate(changeClass, riskLevel)).as("%s/%s", changeClass, riskLevel).isEmpty();
      assertThat(decision.matchedRules()).isEmpty();
    }
  }

  @ParameterizedTest(name = "risk level \"{0}\": a normal change matches no rule")
  @NullAndEmptySource
  @ValueSource(strings = {"CRITICAL", "low"})
  void normalChangeWithUnknownRiskMatchesNoRule(String riskLevel) {
    assertThat(evaluate("NORMAL", riskLevel)).isEmpty();
    assertThat(decision.matchedRules()).isEmpty();
  }
}
