package com.yuanjing.itsm.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.yuanjing.itsm.testsupport.DecisionUnderTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * processes/sla-targets.dmn, evaluated by the standalone DMN engine. The expected targets are written
 * out here on purpose: when the process owner changes the table, this test fails and shows what changed.
 */
class SlaTargetsDecisionTest {

  private static final String RESOURCE = "processes/sla-targets.dmn";
  private static final List<String> LEVELS = List.of("GOLD", "SILVER", "BRONZE");
  private static final List<String> PRIORITIES = List.of("P1", "P2", "P3", "P4");

  private static DecisionUnderTest decision;

  @BeforeAll
  static void parseDecision() {
    decision = DecisionUnderTest.load(RESOURCE, "slaTargets");
  }

  private static DmnDecisionResult evaluate(String serviceLevel, String priority) {
    return decision.evaluate(
        Variables.createVariables().putValue("serviceLevel", serviceLevel).putValue("priority", priority));
  }

  /** The single result for a known combination, failing with the inputs named otherwise. */
  private static DmnDecisionResultEntries single(String serviceLevel, String priority) {
    DmnDecisionResult result = evaluate(serviceLevel, priority);
    assertThat(result).as("results for %s/%s", serviceLevel, priority).hasSize(1);
    return result.getSingleResult();
  }

  /** The targets of a rule; the clock is the service's (from the catalogue), any will do here. */
  private static SlaTargets targets(String serviceLevel, String priority) {
    DmnDecisionResultEntries entries = single(serviceLevel, priority);
    return SlaTargets.parse(entries.getEntry("responseTarget"), entries.getEntry("resolutionTarget"),
        SupportHours.ALWAYS.name());
  }

  @ParameterizedTest(name = "{0} {1}: response {2}, resolution {3}")
  @CsvSource({
      "GOLD,   P1, PT15M, PT4H",
      "GOLD,   P2, PT30M, PT8H",
      "GOLD,   P3, PT1H,  PT24H",
      "GOLD,   P4, PT4H,  PT72H",
      "SILVER, P1, PT30M, PT8H",
      "SILVER, P2, PT1H,  PT18H",
      "SILVER, P3, PT2H,  PT27H",
      "SILVER, P4, PT4H,  PT45H",
      "BRONZE, P1, PT1H,  PT18H",
      "BRONZE, P2, PT2H,  PT27H",
      "BRONZE, P3, PT4H,  PT45H",
      "BRONZE, P4, PT8H,  PT90H",
  })
  void eachRuleGivesTheAgreedTargetsAndNothingElse(String serviceLevel, String priority, String response,
      String resolution) {
    DmnDecisionResultEntries entries = single(serviceLevel, priority);

    // the support hours are the service catalogue's, not the table's
    assertThat(entries.getEntryMap()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "responseTarget", response,
        "resolutionTarget", resolution));
    assertThat(decision.matchedRules()).hasSize(1);
  }

  @Test
  void tableHasTwelveRulesAndEveryRuleIsHitByExactlyOneCombination() {
    assertThat(decision.ruleIds()).hasSize(12);

    List<String> hitRuleIds = new ArrayList<>();
    for (String level : LEVELS) {
      for (String priority : PRIORITIES) {
        single(level, priority);
        assertThat(decision.matchedRules()).as("rules matching %s/%s", level, priority).hasSize(1);
        hitRuleIds.add(decision.matchedRules().get(0).getId());
      }
    }

    assertThat(hitRuleIds).doesNotHaveDuplicates();
    assertThat(new HashSet<>(hitRuleIds)).isEqualTo(new HashSet<>(decision.ruleIds()));
  }

  @Test
  void everyOutputParsesAsSlaTargets() {
    for (String level : LEVELS) {
      for (String priority : PRIORITIES) {
        DmnDecisionResultEntries entries = single(level, priority);
        assertThatCode(() -> SlaTargets.parse(entries.getEntry("responseTarget"),
            entries.getEntry("resolutionTarget"), SupportHours.BUSINESS_HOURS.name()))
            .as("outputs of %s/%s: %s", level, priority, entries.getEntryMap())
            .doesNotThrowAnyException();
      }
    }
  }

  @Test
  void responseTargetIsShorterThanResolutionTargetForEveryRule() {
    for (String level : LEVELS) {
      for (String priority : PRIORITIES) {
        SlaTargets targets = targets(level, priority);
        assertThat(targets.response()).as("%s/%s response vs resolution", level, priority)
            .isLessThan(targets.resolution());
      }
    }
  }

  @Test
  void targetsGetLongerOrStayEqualFromP1ToP4ForEachLevel() {
    for (String level : LEVELS) {
      for (int i = 1; i < PRIORITIES.size(); i++) {
        String higher = PRIORITIES.get(i - 1);
        String lower = PRIORITIES.get(i);
        SlaTargets more = targets(level, higher);
        SlaTargets less = targets(level, lower);
        assertThat(less.response()).as("%s response %s vs %s", level, lower, higher)
            .isGreaterThanOrEqualTo(more.response());
        assertThat(less.resolution()).as("%s resolution %s vs %s", level, lower, higher)
            .isGreaterThanOrEqualTo(more.resolution());
      }
    }
  }

  @ParameterizedTest(name = "unknown service level \"{0}\" matches no rule")
  @ValueSource(strings = {"PLATINUM", "gold", "", "UNKNOWN"})
  void unknownServiceLevelMatchesNoRule(String serviceLevel) {
    for (String priority : PRIORITIES) {
      assertThat(evaluate(serviceLevel, priority)).as("%s/%s", serviceLevel, priority).isEmpty();
      assertThat(decision.matchedRules()).isEmpty();
    }
  }

  @Test
  void unknownPriorityMatchesNoRule() {
    for (String level : LEVELS) {
      assertThat(evaluate(level, "P5")).as("%s/P5", level).isEmpty();
      assertThat(evaluate(level, "p1")).as("%s/p1", level).isEmpty();
    }
  }
}
