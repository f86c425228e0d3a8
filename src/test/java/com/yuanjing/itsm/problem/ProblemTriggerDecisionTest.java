package com.yuanjing.itsm.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.yuanjing.itsm.incident.IncidentCategory;
import com.yuanjing.itsm.testsupport.DecisionUnderTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * processes/problem-trigger.dmn, evaluated by the standalone DMN engine. The table has hit policy FIRST:
 * the security rule (lower threshold) must come before the general one, and a catch-all ends the table.
 * The cases name the rule that must win and write the expected outputs out literally.
 */
class ProblemTriggerDecisionTest {

  private static final String RESOURCE = "processes/problem-trigger.dmn";
  private static final String RECENT_INCIDENT_COUNT = "recentIncidentCount";
  private static final String CATEGORY = ProblemProcess.Variables.CATEGORY;
  private static final String RAISE_PROBLEM = "raiseProblem";
  private static final String TRIGGER_REASON = "triggerReason";
  private static final String SECURITY_REASON = "30天内同一服务发生2次及以上信息安全事件";
  private static final String RECURRING_REASON = "30天内同一服务同一分类的事件达到3次";
  private static final List<String> RULES_IN_ORDER =
      List.of("Rule_RecurringSecurityIncidents", "Rule_RecurringIncidents", "Rule_Otherwise");

  private static DecisionUnderTest decision;

  @BeforeAll
  static void parseDecision() {
    decision = DecisionUnderTest.load(RESOURCE, "problemTrigger");
  }

  private static DmnDecisionResult evaluate(Object recentIncidentCount, String category) {
    return decision.evaluate(Variables.createVariables()
        .putValue(RECENT_INCIDENT_COUNT, recentIncidentCount)
        .putValue(CATEGORY, category));
  }

  /** The single result, failing with the inputs named otherwise; FIRST with a catch-all always gives one. */
  private static DmnDecisionResultEntries single(Object recentIncidentCount, String category) {
    DmnDecisionResult result = evaluate(recentIncidentCount, category);
    String inputs = String.format("count %s, category %s", recentIncidentCount, category);
    assertThat(result).as("results for %s", inputs).hasSize(1);
    assertThat(decision.matchedRules()).as("rules reported for %s", inputs).hasSize(1);
    DmnDecisionResultEntries entries = result.getSingleResult();
    assertThat(entries.getEntryMap()).as("outputs for %s", inputs).containsOnlyKeys(RAISE_PROBLEM, TRIGGER_REASON);
    return entries;
  }

  private static String matchedRule() {
    return decision.matchedRules().get(0).getId();
  }

  private static void assertOutcome(DmnDecisionResultEntries entries, boolean raiseProblem, String reason) {
    assertThat(entries.<Boolean>getEntry(RAISE_PROBLEM)).isEqualTo(raiseProblem);
    assertThat(entries.<String>getEntry(TRIGGER_REASON)).isNotNull().isEqualTo(reason);
  }

  // Columns: recentIncidentCount, category (empty = null) -> raiseProblem, triggerReason (empty = ""), rule.
  @ParameterizedTest(name = "[{index}] {0} x {1}: {4}")
  @CsvSource({
      // each rule on its own
      "2,  SECURITY,    true,  30天内同一服务发生2次及以上信息安全事件, Rule_RecurringSecurityIncidents",
      "3,  DATABASE,    true,  30天内同一服务同一分类的事件达到3次,    Rule_RecurringIncidents",
      "1,  DATABASE,    false, '',                                     Rule_Otherwise",
      // security: 1 is not enough, 2 is; from 3 on the security rule still wins (it comes first)
      "1,  SECURITY,    false, '',                                     Rule_Otherwise",
      "3,  SECURITY,    true,  30天内同一服务发生2次及以上信息安全事件, Rule_RecurringSecurityIncidents",
      "10, SECURITY,    true,  30天内同一服务发生2次及以上信息安全事件, Rule_RecurringSecurityIncidents",
      // other categories: 2 is not enough, 3 is
      "2,  APPLICATION, false, '',                                     Rule_Otherwise",
      "3,  APPLICATION, true,  30天内同一服务同一分类的事件达到3次,    Rule_RecurringIncidents",
      "2,  OTHER,       false, '',                                     Rule_Otherwise",
      "4,  NETWORK,     true,  30天内同一服务同一分类的事件达到3次,    Rule_RecurringIncidents",
      "0,  CAPACITY,    false, '',                                     Rule_Otherwise",
      // codes are compared exactly: a differently written code is no security incident
      "2,  security,    false, '',                                     Rule_Otherwise",
      "3,  security,    true,  30天内同一服务同一分类的事件达到3次,    Rule_RecurringIncidents",
      // no category: only the general threshold applies
      "2,  ,            false, '',                                     Rule_Otherwise",
      "3,  ,            true,  30天内同一服务同一分类的事件达到3次,    Rule_RecurringIncidents",
  })
  void theAgreedRuleWinsWithItsOutputs(int recentIncidentCount, String category, boolean raiseProblem,
      String reason, String expectedRule) {
    DmnDecisionResultEntries entries = single(recentIncidentCount, category);

    assertOutcome(entries, raiseProblem, reason);
    assertThat(matchedRule()).isEqualTo(expectedRule);
  }

  @ParameterizedTest(name = "count {0} without a category")
  @ValueSource(ints = {0, 1, 2, 3, 5})
  void nullCategoryThrowsNothingAndOnlyTheGeneralThresholdApplies(int recentIncidentCount) {
    assertThatCode(() -> evaluate(recentIncidentCount, null)).doesNotThrowAnyException();

    DmnDecisionResultEntries entries = single(recentIncidentCount, null);
    if (recentIncidentCount >= 3) {
      assertOutcome(entries, true, RECURRING_REASON);
      assertThat(matchedRule()).isEqualTo("Rule_RecurringIncidents");
    } else {
      assertOutcome(entries, false, "");
      assertThat(matchedRule()).isEqualTo("Rule_Otherwise");
    }
  }

  @Test
  void unknownCountRaisesNoProblem() {
    assertThatCode(() -> evaluate(null, "SECURITY")).doesNotThrowAnyException();

    assertOutcome(single(null, "SECURITY"), false, "");
    assertThat(matchedRule()).isEqualTo("Rule_Otherwise");
  }

  @Test
  void countGivenAsLongIsUnderstoodToo() {
    assertOutcome(single(3L, "SERVER"), true, RECURRING_REASON);
    assertOutcome(single(2L, "SECURITY"), true, SECURITY_REASON);
  }

  @Test
  void tableHasThreeRulesInTheAgreedOrder() {
    assertThat(decision.ruleIds()).containsExactlyElementsOf(RULES_IN_ORDER);
  }

  /**
   * Every category (each code, an unknown one and none) with every count from 0 to 6 gives exactly one
   * result, the result follows the two thresholds, and every rule wins for at least one of them.
   */
  @Test
  void everyCombinationGivesOneResultAndEveryRuleIsHit() {
    List<String> categories = new ArrayList<>(Arrays.stream(IncidentCategory.values()).map(Enum::name).toList());
    categories.add("UNKNOWN");
    categories.add(null);
    Set<String> hitRuleIds = new HashSet<>();
    int combinations = 0;
    for (String category : categories) {
      for (int count = 0; count <= 6; count++) {
        DmnDecisionResultEntries entries = single(count, category);
        combinations++;
        hitRuleIds.add(matchedRule());
        boolean security = "SECURITY".equals(category);
        boolean expected = (security && count >= 2) || count >= 3;
        String inputs = String.format("count %d, category %s", count, category);

        assertThat(entries.<Boolean>getEntry(RAISE_PROBLEM)).as(inputs).isEqualTo(expected);
        assertThat(entries.<String>getEntry(TRIGGER_REASON)).as(inputs)
            .isEqualTo(!expected ? "" : security ? SECURITY_REASON : RECURRING_REASON);
      }
    }

    assertThat(combinations).isEqualTo((IncidentCategory.values().length + 2) * 7);
    assertThat(hitRuleIds).containsExactlyInAnyOrderElementsOf(decision.ruleIds());
  }
}
