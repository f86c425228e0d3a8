package com.yuanjing.itsm.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.yuanjing.itsm.testsupport.DecisionUnderTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * processes/incident-priority.dmn, evaluated by the standalone DMN engine: the impact × urgency matrix
 * of the process owner, one case per rule.
 */
class IncidentPriorityDecisionTest {

  private static final String RESOURCE = "processes/incident-priority.dmn";
  private static final List<String> LEVELS = List.of("HIGH", "MEDIUM", "LOW");

  private static DecisionUnderTest decision;

  @BeforeAll
  static void parseDecision() {
    decision = DecisionUnderTest.load(RESOURCE, "incidentPriority");
  }

  private static DmnDecisionResult evaluate(String impact, String urgency) {
    return decision.evaluate(Variables.createVariables().putValue("impact", impact).putValue("urgency", urgency));
  }

  @ParameterizedTest(name = "impact {0}, urgency {1} -> {2}")
  @CsvSource({
      "HIGH,   HIGH,   P1",
      "HIGH,   MEDIUM, P2",
      "HIGH,   LOW,    P3",
      "MEDIUM, HIGH,   P2",
      "MEDIUM, MEDIUM, P3",
      "MEDIUM, LOW,    P4",
      "LOW,    HIGH,   P3",
      "LOW,    MEDIUM, P4",
      "LOW,    LOW,    P4",
  })
  void eachRuleGivesTheAgreedPriority(String impact, String urgency, String expectedPriority) {
    DmnDecisionResult result = evaluate(impact, urgency);

    assertThat(result).hasSize(1);
    assertThat(result.getSingleResult().getEntryMap()).containsOnlyKeys("priority");
    assertThat((String) result.getSingleEntry()).isEqualTo(expectedPriority);
    assertThat(decision.matchedRules()).hasSize(1);
  }

  @ParameterizedTest(name = "impact \"{0}\", urgency \"{1}\" matches no rule")
  @CsvSource({
      "CRITICAL, HIGH",
      "HIGH,     CRITICAL",
      "high,     high",
      "'',       LOW",
      "UNKNOWN,  UNKNOWN",
  })
  void unknownValueMatchesNoRule(String impact, String urgency) {
    DmnDecisionResult result = evaluate(impact, urgency);

    assertThat(result).isEmpty();
    assertThat(decision.matchedRules()).isEmpty();
  }

  @Test
  void tableHasNineRulesAndEveryRuleIsHitByExactlyOneCombination() {
    assertThat(decision.ruleIds()).hasSize(9);

    List<String> hitRuleIds = new ArrayList<>();
    for (String impact : LEVELS) {
      for (String urgency : LEVELS) {
        DmnDecisionResult result = evaluate(impact, urgency);
        assertThat(result).as("results for impact %s, urgency %s", impact, urgency).hasSize(1);
        assertThat(decision.matchedRules()).as("rules matching impact %s, urgency %s", impact, urgency).hasSize(1);
        hitRuleIds.add(decision.matchedRules().get(0).getId());
      }
    }

    assertThat(hitRuleIds).doesNotHaveDuplicates();
    assertThat(new HashSet<>(hitRuleIds)).isEqualTo(new HashSet<>(decision.ruleIds()));
  }
}
