package com.yuanjing.itsm.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.yuanjing.itsm.release.ReleaseProcess.Variables;
import com.yuanjing.itsm.testsupport.DecisionUnderTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * processes/release-readiness.dmn, evaluated by the standalone DMN engine. The table has hit policy
 * COLLECT: every rule is one missing or failing piece of evidence and contributes one {@code finding};
 * the release is ready when no rule matches, i.e. the result is empty. The cases write the expected
 * findings out literally.
 */
class ReleaseReadinessDecisionTest {

  private static final String RESOURCE = "processes/release-readiness.dmn";
  private static final String FINDING = "finding";

  private static final String CHANGE_NOT_APPROVED = "关联的变更尚未批准";
  private static final String TEST_FAILED = "测试未通过";
  private static final String NOT_TESTED = "没有测试报告";
  private static final String FAILED_TEST_CASES = "测试报告中有失败用例";
  private static final String ACCEPTANCE_NOT_SIGNED_OFF = "客户验收未签署";
  private static final String SECURITY_SCAN_FAILED = "安全扫描未通过";
  private static final String NOT_SCANNED = "未进行安全扫描";
  private static final String NO_BACKOUT_PLAN = "没有回退方案";

  private static final List<String> RULES_IN_ORDER = List.of(
      "Rule_ChangeNotApproved",
      "Rule_TestFailed",
      "Rule_NotTested",
      "Rule_FailedTestCases",
      "Rule_AcceptanceNotSignedOff",
      "Rule_SecurityScanFailed",
      "Rule_NotScanned",
      "Rule_NoBackoutPlan");
  private static final List<Boolean> BOOLEANS = List.of(true, false);
  private static final List<String> TEST_RESULTS = List.of("PASSED", "FAILED", "NOT_TESTED");
  private static final List<Integer> TESTS_FAILED_COUNTS = List.of(0, 1, 17);
  private static final List<String> SCAN_RESULTS = List.of("PASSED", "FAILED", "NOT_SCANNED");

  private static DecisionUnderTest decision;

  @BeforeAll
  static void parseDecision() {
    decision = DecisionUnderTest.load(RESOURCE, "releaseReadiness");
  }

  private static VariableMap inputs(Boolean changeApproved, String testResult, Object testsFailed,
      Boolean acceptanceSignedOff, String securityScanResult, Boolean backoutPlanAvailable) {
    return org.camunda.bpm.engine.variable.Variables.createVariables()
        .putValue(Variables.CHANGE_APPROVED, changeApproved)
        .putValue(Variables.TEST_RESULT, testResult)
        .putValue(Variables.TESTS_FAILED, testsFailed)
        .putValue(Variables.ACCEPTANCE_SIGNED_OFF, acceptanceSignedOff)
        .putValue(Variables.SECURITY_SCAN_RESULT, securityScanResult)
        .putValue(Variables.BACKOUT_PLAN_AVAILABLE, backoutPlanAvailable);
  }

  /** All evidence present and good. */
  private static VariableMap goodInputs() {
    return inputs(true, "PASSED", 0, true, "PASSED", true);
  }

  /**
   * The findings of one evaluation, in table order, failing with the inputs named unless every result
   * holds exactly the one output {@code finding} and the engine reports one matched rule per finding.
   */
  private static List<String> findings(Map<String, Object> variables) {
    DmnDecisionResult result = decision.evaluate(variables);
    for (DmnDecisionResultEntries entries : result) {
      assertThat(entries.getEntryMap()).as("outputs for %s", variables).containsOnlyKeys(FINDING);
      assertThat(entries.<String>getEntry(FINDING)).as("finding for %s", variables).isNotBlank();
    }
    assertThat(decision.matchedRules()).as("rules reported for %s", variables).hasSameSizeAs(result);
    return result.collectEntries(FINDING);
  }

  private static List<String> matchedRuleIds() {
    return decision.matchedRules().stream().map(DmnEvaluatedDecisionRule::getId).toList();
  }

  @Test
  void allEvidenceGoodGivesNoFindingSoTheReleaseIsReady() {
    DmnDecisionResult result = decision.evaluate(goodInputs());

    assertThat(result).isEmpty();
    assertThat(result.collectEntries(FINDING)).isEmpty();
    assertThat(decision.matchedRules()).isEmpty();
  }

  // Columns: changeApproved, testResult, testsFailed, acceptanceSignedOff, securityScanResult,
  // backoutPlanAvailable -> the one finding, the rule that gives it. Every other input is good.
  @ParameterizedTest(name = "[{index}] {7}: {6}")
  @CsvSource({
      "false, PASSED,     0,  true,  PASSED,      true,  关联的变更尚未批准,   Rule_ChangeNotApproved",
      "true,  FAILED,     0,  true,  PASSED,      true,  测试未通过,           Rule_TestFailed",
      "true,  NOT_TESTED, 0,  true,  PASSED,      true,  没有测试报告,         Rule_NotTested",
      "true,  PASSED,     1,  true,  PASSED,      true,  测试报告中有失败用例, Rule_FailedTestCases",
      "true,  PASSED,     42, true,  PASSED,      true,  测试报告中有失败用例, Rule_FailedTestCases",
      "true,  PASSED,     0,  false, PASSED,      true,  客户验收未签署,       Rule_AcceptanceNotSignedOff",
      "true,  PASSED,     0,  true,  FAILED,      true,  安全扫描未通过,       Rule_SecurityScanFailed",
      "true,  PASSED,     0,  true,  NOT_SCANNED, true,  未进行安全扫描,       Rule_NotScanned",
      "true,  PASSED,     0,  true,  PASSED,      false, 没有回退方案,         Rule_NoBackoutPlan",
  })
  void eachRuleOnItsOwnGivesExactlyItsFinding(boolean changeApproved, String testResult, int testsFailed,
      boolean acceptanceSignedOff, String securityScanResult, boolean backoutPlanAvailable,
      String expectedFinding, String expectedRule) {
    List<String> findings = findings(inputs(changeApproved, testResult, testsFailed, acceptanceSignedOff,
        securityScanResult, backoutPlanAvailable));

    assertThat(findings).containsExactly(expectedFinding);
    assertThat(matchedRuleIds()).containsExactly(expectedRule);
  }

  @Test
  void everythingMissingOrFailingGivesEveryFinding() {
    assertThat(findings(inputs(false, "FAILED", 3, false, "FAILED", false))).containsExactly(
        CHANGE_NOT_APPROVED, TEST_FAILED, FAILED_TEST_CASES, ACCEPTANCE_NOT_SIGNED_OFF, SECURITY_SCAN_FAILED,
        NO_BACKOUT_PLAN);
    assertThat(findings(inputs(false, "NOT_TESTED", 0, false, "NOT_SCANNED", false))).containsExactly(
        CHANGE_NOT_APPROVED, NOT_TESTED, ACCEPTANCE_NOT_SIGNED_OFF, NOT_SCANNED, NO_BACKOUT_PLAN);
  }

  // Columns as above, then the expected findings separated by '|'; here several rules match at once.
  @ParameterizedTest(name = "[{index}] {6}")
  @CsvSource({
      // a failed test run usually comes with failed cases: both are reported
      "true,  FAILED,     5,  true,  PASSED,      true,  测试未通过|测试报告中有失败用例",
      // failed cases are reported even when the result was entered as passed
      "true,  PASSED,     2,  false, PASSED,      true,  测试报告中有失败用例|客户验收未签署",
      "false, NOT_TESTED, 0,  true,  PASSED,      true,  关联的变更尚未批准|没有测试报告",
      "true,  PASSED,     0,  false, NOT_SCANNED, false, 客户验收未签署|未进行安全扫描|没有回退方案",
      "false, PASSED,     0,  true,  FAILED,      false, 关联的变更尚未批准|安全扫描未通过|没有回退方案",
  })
  void severalGapsAreAllReported(boolean changeApproved, String testResult, int testsFailed,
      boolean acceptanceSignedOff, String securityScanResult, boolean backoutPlanAvailable,
      String expectedFindings) {
    List<String> findings = findings(inputs(changeApproved, testResult, testsFailed, acceptanceSignedOff,
        securityScanResult, backoutPlanAvailable));

    assertThat(findings).containsExactly(expectedFindings.split("\\|"));
  }

  /**
   * Every combination of the inputs gives exactly the findings that the rules, read one by one, demand:
   * no finding is lost, none is reported twice, and the release is ready only when all evidence is good.
   */
  @Test
  void everyCombinationGivesExactlyTheFindingsOfItsGaps() {
    Set<String> hitRuleIds = new HashSet<>();
    int combinations = 0;
    for (boolean changeApproved : BOOLEANS) {
      for (String testResult : TEST_RESULTS) {
        for (int testsFailed : TESTS_FAILED_COUNTS) {
          for (boolean signedOff : BOOLEANS) {
            for (String scanResult : SCAN_RESULTS) {
              for (boolean backout : BOOLEANS) {
                List<String> expected = new ArrayList<>();
                if (!changeApproved) {
                  expected.add(CHANGE_NOT_APPROVED);
                }
                if (testResult.equals("FAILED")) {
                  expected.add(TEST_FAILED);
                }
                if (testResult.equals("NOT_TESTED")) {
                  expected.add(NOT_TESTED);
                }
                if (testsFailed > 0) {
                  expected.add(FAILED_TEST_CASES);
                }
                if (!signedOff) {
                  expected.add(ACCEPTANCE_NOT_SIGNED_OFF);
                }
                if (scanResult.equals("FAILED")) {
                  expected.add(SECURITY_SCAN_FAILED);
                }
                if (scanResult.equals("NOT_SCANNED")) {
                  expected.add(NOT_SCANNED);
                }
                if (!backout) {
                  expected.add(NO_BACKOUT_PLAN);
                }
                VariableMap variables =
                    inputs(changeApproved, testResult, testsFailed, signedOff, scanResult, backout);

                assertThat(findings(variables)).as("findings for %s", variables).containsExactlyElementsOf(expected);
                boolean ready = changeApproved && testResult.equals("PASSED") && testsFailed == 0 && signedOff
                    && scanResult.equals("PASSED") && backout;
                assertThat(expected.isEmpty()).as("ready for %s", variables).isEqualTo(ready);
                hitRuleIds.addAll(matchedRuleIds());
                combinations++;
              }
            }
          }
        }
      }
    }

    assertThat(combinations).isEqualTo(2 * 3 * 3 * 2 * 3 * 2);
    assertThat(hitRuleIds).containsExactlyInAnyOrderElementsOf(decision.ruleIds());
  }

  /** Task forms submit whole numbers as Long; the integer input must take them like an Integer. */
  @ParameterizedTest(name = "testsFailed {0}L")
  @ValueSource(longs = {0L, 1L, 250L})
  void testsFailedAsLongIsReadLikeAnInteger(long testsFailed) {
    List<String> findings = findings(inputs(true, "PASSED", testsFailed, true, "PASSED", true));

    if (testsFailed > 0) {
      assertThat(findings).containsExactly(FAILED_TEST_CASES);
    } else {
      assertThat(findings).isEmpty();
    }
  }

  @Test
  void allInputsNullThrowsNothing() {
    assertThatCode(() -> decision.evaluate(inputs(null, null, null, null, null, null)))
        .doesNotThrowAnyException();
    assertThatCode(() -> findings(inputs(null, null, null, null, null, null))).doesNotThrowAnyException();
  }

  /** A missing input must not stop the check: the other inputs' findings are still all reported. */
  @ParameterizedTest(name = "{0} null")
  @ValueSource(strings = {
      Variables.CHANGE_APPROVED, Variables.TEST_RESULT, Variables.TESTS_FAILED,
      Variables.ACCEPTANCE_SIGNED_OFF, Variables.SECURITY_SCAN_RESULT, Variables.BACKOUT_PLAN_AVAILABLE})
  void oneNullInputThrowsNothingAndKeepsTheOtherFindings(String nullInput) {
    VariableMap good = goodInputs();
    good.put(nullInput, null);
    assertThatCode(() -> findings(good)).as("all other evidence good").doesNotThrowAnyException();

    VariableMap bad = inputs(false, "FAILED", 2, false, "NOT_SCANNED", false);
    Map<String, String> findingsOf = Map.of(
        Variables.CHANGE_APPROVED, CHANGE_NOT_APPROVED,
        Variables.TEST_RESULT, TEST_FAILED,
        Variables.TESTS_FAILED, FAILED_TEST_CASES,
        Variables.ACCEPTANCE_SIGNED_OFF, ACCEPTANCE_NOT_SIGNED_OFF,
        Variables.SECURITY_SCAN_RESULT, NOT_SCANNED,
        Variables.BACKOUT_PLAN_AVAILABLE, NO_BACKOUT_PLAN);
    List<String> expected = new ArrayList<>(Arrays.asList(CHANGE_NOT_APPROVED, TEST_FAILED, FAILED_TEST_CASES,
        ACCEPTANCE_NOT_SIGNED_OFF, NOT_SCANNED, NO_BACKOUT_PLAN));
    expected.remove(findingsOf.get(nullInput));
    bad.put(nullInput, null);

    List<String> findings = new ArrayList<>();
    assertThatCode(() -> findings.addAll(findings(bad))).as("all other evidence failing")
        .doesNotThrowAnyException();
    assertThat(findings).containsAll(expected);
  }

  @Test
  void tableHasEightRulesInTheAgreedOrder() {
    assertThat(decision.ruleIds()).containsExactlyElementsOf(RULES_IN_ORDER);
  }
}
