package com.yuanjing.itsm.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.yuanjing.itsm.change.ChangeProcess.Variables;
import com.yuanjing.itsm.testsupport.DecisionUnderTest;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * processes/change-classification.dmn, evaluated by the standalone DMN engine. The table has hit policy
 * FIRST, so the order of its rules is part of the rules: the cases below name the rule that must win and
 * write the expected class and risk out literally.
 */
class ChangeClassificationDecisionTest {

  private static final String RESOURCE = "processes/change-classification.dmn";
  private static final List<String> RULES_IN_ORDER = List.of(
      "Rule_EmergencyRequested",
      "Rule_PreApprovedStandardChange",
      "Rule_NoBackoutPlan",
      "Rule_NotTested",
      "Rule_HighCriticalityWithDowntime",
      "Rule_HighCriticality",
      "Rule_DowntimeRequired",
      "Rule_NotDoneBefore",
      "Rule_Otherwise");
  private static final Set<String> STANDARD_CHANGES =
      Set.of("STD-APP-RESTART", "STD-LOG-CLEANUP", "STD-CERT-RENEWAL", "STD-CONFIG-PARAM");
  private static final List<String> STANDARD_CHANGE_IDS =
      Arrays.asList(null, "", "STD-APP-RESTART", "STD-LOG-CLEANUP", "STD-CERT-RENEWAL", "STD-CONFIG-PARAM",
          "STD-DB-UPGRADE");
  private static final List<String> CRITICALITIES = List.of("HIGH", "MEDIUM", "LOW");
  private static final List<Boolean> BOOLEANS = List.of(true, false);

  private static DecisionUnderTest decision;

  @BeforeAll
  static void parseDecision() {
    decision = DecisionUnderTest.load(RESOURCE, "changeClassification");
  }

  private static DmnDecisionResult evaluate(boolean emergency, String standardChangeId, String serviceCriticality,
      boolean downtimeRequired, boolean backoutPlanAvailable, boolean doneBefore, boolean tested) {
    return decision.evaluate(org.camunda.bpm.engine.variable.Variables.createVariables()
        .putValue(Variables.EMERGENCY, emergency)
        .putValue(Variables.STANDARD_CHANGE_ID, standardChangeId)
        .putValue(Variables.SERVICE_CRITICALITY, serviceCriticality)
        .putValue(Variables.DOWNTIME_REQUIRED, downtimeRequired)
        .putValue(Variables.BACKOUT_PLAN_AVAILABLE, backoutPlanAvailable)
        .putValue(Variables.DONE_BEFORE, doneBefore)
        .putValue(Variables.TESTED, tested));
  }

  /** The single result, failing with the inputs named otherwise; FIRST with a catch-all always gives one. */
  private static DmnDecisionResultEntries single(boolean emergency, String standardChangeId,
      String serviceCriticality, boolean downtimeRequired, boolean backoutPlanAvailable, boolean doneBefore,
      boolean tested) {
    DmnDecisionResult result = evaluate(emergency, standardChangeId, serviceCriticality, downtimeRequired,
        backoutPlanAvailable, doneBefore, tested);
    String inputs = String.format("emergency %s, standardChangeId %s, criticality %s, downtime %s, backout %s, "
        + "doneBefore %s, tested %s", emergency, standardChangeId, serviceCriticality, downtimeRequired,
        backoutPlanAvailable, doneBefore, tested);
    assertThat(result).as("results for %s", inputs).hasSize(1);
    assertThat(decision.matchedRules()).as("rules reported for %s", inputs).hasSize(1);
    return result.getSingleResult();
  }

  private static String matchedRule() {
    return decision.matchedRules().get(0).getId();
  }

  // Columns: emergency, standardChangeId (empty = null), serviceCriticality, downtimeRequired,
  // backoutPlanAvailable, doneBefore, tested -> changeClass, riskLevel, the rule that wins.
  @ParameterizedTest(name = "[{index}] {9}: {7}/{8}")
  @CsvSource({
      // each rule on its own: only its own condition set, the others at their harmless value
      "true,  ,                 LOW,    false, true,  true,  true,  EMERGENCY, HIGH,   Rule_EmergencyRequested",
      "false, STD-APP-RESTART,  LOW,    false, true,  true,  true,  STANDARD,  LOW,    Rule_PreApprovedStandardChange",
      "false, STD-LOG-CLEANUP,  LOW,    false, true,  true,  true,  STANDARD,  LOW,    Rule_PreApprovedStandardChange",
      "false, STD-CERT-RENEWAL, LOW,    false, true,  true,  true,  STANDARD,  LOW,    Rule_PreApprovedStandardChange",
      "false, STD-CONFIG-PARAM, LOW,    false, true,  true,  true,  STANDARD,  LOW,    Rule_PreApprovedStandardChange",
      "false, ,                 LOW,    false, false, true,  true,  NORMAL,    HIGH,   Rule_NoBackoutPlan",
      "false, ,                 LOW,    false, true,  true,  false, NORMAL,    HIGH,   Rule_NotTested",
      "false, ,                 HIGH,   true,  true,  true,  true,  NORMAL,    HIGH,   Rule_HighCriticalityWithDowntime",
      "false, ,                 HIGH,   false, true,  true,  true,  NORMAL,    MEDIUM, Rule_HighCriticality",
      "false, ,                 LOW,    true,  true,  true,  true,  NORMAL,    MEDIUM, Rule_DowntimeRequired",
      "false, ,                 MEDIUM, true,  true,  true,  true,  NORMAL,    MEDIUM, Rule_DowntimeRequired",
      "false, ,                 LOW,    false, true,  false, true,  NORMAL,    MEDIUM, Rule_NotDoneBefore",
      "false, ,                 LOW,    false, true,  true,  true,  NORMAL,    LOW,    Rule_Otherwise",
      "false, ,                 MEDIUM, false, true,  true,  true,  NORMAL,    LOW,    Rule_Otherwise",
  })
  void eachRuleOnItsOwnGivesTheAgreedClassAndRisk(boolean emergency, String standardChangeId,
      String serviceCriticality, boolean downtimeRequired, boolean backoutPlanAvailable, boolean doneBefore,
      boolean tested, String expectedClass, String expectedRisk, String expectedRule) {
    DmnDecisionResultEntries entries = single(emergency, standardChangeId, serviceCriticality, downtimeRequired,
        backoutPlanAvailable, doneBefore, tested);

    assertThat(entries.getEntryMap()).containsExactlyInAnyOrderEntriesOf(Map.of(
        Variables.CHANGE_CLASS, expectedClass,
        Variables.RISK_LEVEL, expectedRisk));
    assertThat(matchedRule()).isEqualTo(expectedRule);
  }

  // Same columns; here several rules match and the order of the table decides.
  @ParameterizedTest(name = "[{index}] {9}: {7}/{8}")
  @CsvSource({
      // an emergency request wins over everything, even a valid standard change or a missing backout plan
      "true,  STD-APP-RESTART,  LOW,    false, true,  true,  true,  EMERGENCY, HIGH,   Rule_EmergencyRequested",
      "true,  ,                 HIGH,   true,  false, false, false, EMERGENCY, HIGH,   Rule_EmergencyRequested",
      // a standard change id alone is not enough: downtime, no backout plan or no test make it a normal change
      "false, STD-APP-RESTART,  LOW,    true,  true,  true,  true,  NORMAL,    MEDIUM, Rule_DowntimeRequired",
      "false, STD-APP-RESTART,  HIGH,   true,  true,  true,  true,  NORMAL,    HIGH,   Rule_HighCriticalityWithDowntime",
      "false, STD-LOG-CLEANUP,  LOW,    false, false, true,  true,  NORMAL,    HIGH,   Rule_NoBackoutPlan",
      "false, STD-CERT-RENEWAL, LOW,    false, true,  true,  false, NORMAL,    HIGH,   Rule_NotTested",
      // a valid standard change stays standard on a critical service and when done for the first time
      "false, STD-CONFIG-PARAM, HIGH,   false, true,  false, true,  STANDARD,  LOW,    Rule_PreApprovedStandardChange",
      // ids outside the list, or written differently, are not standard changes
      "false, STD-DB-UPGRADE,   LOW,    false, true,  true,  true,  NORMAL,    LOW,    Rule_Otherwise",
      "false, std-app-restart,  LOW,    false, true,  true,  true,  NORMAL,    LOW,    Rule_Otherwise",
      "false, ' STD-APP-RESTART', LOW,  false, true,  true,  true,  NORMAL,    LOW,    Rule_Otherwise",
      // the high-risk checks come before the medium-risk ones, so no medium condition lowers the risk
      "false, ,                 HIGH,   true,  false, false, true,  NORMAL,    HIGH,   Rule_NoBackoutPlan",
      "false, ,                 HIGH,   true,  true,  false, false, NORMAL,    HIGH,   Rule_NotTested",
      "false, ,                 LOW,    false, false, true,  false, NORMAL,    HIGH,   Rule_NoBackoutPlan",
      "false, ,                 HIGH,   true,  true,  false, true,  NORMAL,    HIGH,   Rule_HighCriticalityWithDowntime",
      // the medium-risk conditions together stay medium
      "false, ,                 HIGH,   false, true,  false, true,  NORMAL,    MEDIUM, Rule_HighCriticality",
      "false, ,                 MEDIUM, true,  true,  false, true,  NORMAL,    MEDIUM, Rule_DowntimeRequired",
  })
  void theFirstMatchingRuleInTableOrderWins(boolean emergency, String standardChangeId, String serviceCriticality,
      boolean downtimeRequired, boolean backoutPlanAvailable, boolean doneBefore, boolean tested,
      String expectedClass, String expectedRisk, String expectedRule) {
    DmnDecisionResultEntries entries = single(emergency, standardChangeId, serviceCriticality, downtimeRequired,
        backoutPlanAvailable, doneBefore, tested);

    assertThat(entries.getEntryMap()).containsExactlyInAnyOrderEntriesOf(Map.of(
        Variables.CHANGE_CLASS, expectedClass,
        Variables.RISK_LEVEL, expectedRisk));
    assertThat(matchedRule()).isEqualTo(expectedRule);
  }

  @ParameterizedTest(name = "standardChangeId \"{0}\" is no standard change")
  @NullAndEmptySource
  @ValueSource(strings = {"  "})
  void missingStandardChangeIdMatchesNoStandardRuleAndThrowsNothing(String standardChangeId) {
    assertThatCode(() -> evaluate(false, standardChangeId, "LOW", false, true, true, true))
        .doesNotThrowAnyException();

    DmnDecisionResultEntries entries = single(false, standardChangeId, "LOW", false, true, true, true);
    assertThat(entries.getEntryMap()).containsExactlyInAnyOrderEntriesOf(Map.of(
        Variables.CHANGE_CLASS, "NORMAL",
        Variables.RISK_LEVEL, "LOW"));
    assertThat(matchedRule()).isEqualTo("Rule_Otherwise");
  }

  @Test
  void tableHasNineRulesInTheAgreedOrder() {
    assertThat(decision.ruleIds()).containsExactlyElementsOf(RULES_IN_ORDER);
  }

  /**
   * Every combination of the inputs (a null, an empty, each listed and one unlisted standard change id)
   * gives exactly one result, every rule wins for at least one of them, and the results keep the rules
   * that the table's order must guarantee.
   */
  @Test
  void everyCombinationGivesOneResultAndEveryRuleIsHit() {
    Set<String> hitRuleIds = new HashSet<>();
    int combinations = 0;
    for (boolean emergency : BOOLEANS) {
      for (String standardChangeId : STANDARD_CHANGE_IDS) {
        for (String criticality : CRITICALITIES) {
          for (boolean downtime : BOOLEANS) {
            for (boolean backout : BOOLEANS) {
              for (boolean doneBefore : BOOLEANS) {
                for (boolean tested : BOOLEANS) {
                  DmnDecisionResultEntries entries =
                      single(emergency, standardChangeId, criticality, downtime, backout, doneBefore, tested);
                  combinations++;
                  hitRuleIds.add(matchedRule());
                  String changeClass = entries.getEntry(Variables.CHANGE_CLASS);
                  String riskLevel = entries.getEntry(Variables.RISK_LEVEL);
                  String inputs = String.format("emergency %s, id %s, %s, downtime %s, backout %s, done %s, "
                      + "tested %s", emergency, standardChangeId, criticality, downtime, backout, doneBefore, tested);

                  assertThat(entries.getEntryMap()).as(inputs)
                      .containsOnlyKeys(Variables.CHANGE_CLASS, Variables.RISK_LEVEL);
                  assertThat(changeClass).as(inputs).isIn("STANDARD", "NORMAL", "EMERGENCY");
                  assertThat(riskLevel).as(inputs).isIn("LOW", "MEDIUM", "HIGH");
                  assertThat(changeClass.equals("EMERGENCY")).as("emergency class for %s", inputs)
                      .isEqualTo(emergency);
                  boolean standard = !emergency && standardChangeId != null
                      && STANDARD_CHANGES.contains(standardChangeId) && !downtime && backout && tested;
                  assertThat(changeClass.equals("STANDARD")).as("standard class for %s", inputs)
                      .isEqualTo(standard);
                  if (!emergency && (!backout || !tested || ("HIGH".equals(criticality) && downtime))) {
                    assertThat(riskLevel).as("risk for %s", inputs).isEqualTo("HIGH");
                  }
                  if (changeClass.equals("NORMAL") && riskLevel.equals("LOW")) {
                    assertThat(List.of(criticality.equals("HIGH"), downtime, !backout, !doneBefore, !tested))
                        .as("low-risk normal change %s", inputs).containsOnly(false);
                  }
                }
              }
            }
          }
        }
      }
    }

    assertThat(combinations).isEqualTo(2 * 7 * 3 * 2 * 2 * 2 * 2);
    assertThat(hitRuleIds).containsExactlyInAnyOrderElementsOf(decision.ruleIds());
  }

  /** The start form and the API offer these codes; the table must classify every one as standard. */
  @ParameterizedTest
  @EnumSource(StandardChange.class)
  void everyStandardChangeOfferedToRequestersIsInTheTable(StandardChange standardChange) {
    DmnDecisionResult result = evaluate(false, standardChange.code(), "LOW", false, true, true, true);

    assertThat(result.getSingleResult().<String>getEntry("changeClass")).isEqualTo("STANDARD");
  }
}
