package com.yuanjing.itsm.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.yuanjing.itsm.security.SecurityIncidentProcess.Variables;
import com.yuanjing.itsm.testsupport.DecisionUnderTest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * processes/security-severity.dmn on the standalone DMN engine. Hit policy FIRST, rows from the most severe down:
 * each case names the row that must decide, and together the cases decide by every row.
 */
class SecuritySeverityDecisionTest {

  private static final List<String> RULES_IN_ORDER = List.of("Rule_LeakManyCustomers", "Rule_LeakOnKeyService",
      "Rule_LeakSomeCustomers", "Rule_LeakFewCustomers", "Rule_AttackOnKeyService", "Rule_OtherOnKeyService",
      "Rule_AttackOrAbuse", "Rule_Otherwise");
  private static final Set<String> DECIDED_BY = new HashSet<>();
  private static DecisionUnderTest decision;

  @BeforeAll
  static void parseDecision() {
    decision = DecisionUnderTest.load("processes/security-severity.dmn", SecurityIncidentProcess.DECISION_SEVERITY);
  }

  @AfterAll
  static void everyRuleDecidedACase() {
    assertThat(DECIDED_BY).containsExactlyInAnyOrderElementsOf(RULES_IN_ORDER);
  }

  @Test
  void rulesAreInTheDocumentedOrder() {
    assertThat(decision.ruleIds()).containsExactlyElementsOf(RULES_IN_ORDER);
  }

  // type, exposed, customers, key service -> severity, notification hours (empty: none), deciding rule
  @ParameterizedTest(name = "[{index}] {0} exposed={1} customers={2} key={3}: {4} {5}")
  @CsvSource({
      "DATA_LEAK,     true,  5000, false, CRITICAL, 24, Rule_LeakManyCustomers",
      "ATTACK,        true,  1000, true,  CRITICAL, 24, Rule_LeakManyCustomers",
      "ACCOUNT_ABUSE, true,  3,    true,  CRITICAL, 24, Rule_LeakOnKeyService",
      "DATA_LEAK,     true,  999,  false, HIGH,     48, Rule_LeakSomeCustomers",
      "MALWARE,       true,  100,  false, HIGH,     48, Rule_LeakSomeCustomers",
      "OTHER,         true,  99,   false, HIGH,     72, Rule_LeakFewCustomers",
      "VULNERABILITY, true,  1,    false, HIGH,     72, Rule_LeakFewCustomers",
      "MALWARE,       false, 0,    true,  HIGH,       , Rule_AttackOnKeyService",
      "ATTACK,        false, 0,    true,  HIGH,       , Rule_AttackOnKeyService",
      "DATA_LEAK,     false, 0,    true,  HIGH,       , Rule_AttackOnKeyService",
      "ACCOUNT_ABUSE, false, 0,    true,  MEDIUM,     , Rule_OtherOnKeyService",
      "VULNERABILITY, false, 0,    true,  MEDIUM,     , Rule_OtherOnKeyService",
      "ACCOUNT_ABUSE, false, 0,    false, MEDIUM,     , Rule_AttackOrAbuse",
      "MALWARE,       false, 2000, false, MEDIUM,     , Rule_AttackOrAbuse",
      "VULNERABILITY, false, 0,    false, LOW,        , Rule_Otherwise",
      "OTHER,         false, 0,    false, LOW,        , Rule_Otherwise"})
  void severityAndNotificationDeadline(String type, boolean exposed, long customers, boolean keyService,
      String severity, Integer hours, String rule) {
    VariableMap inputs = org.camunda.bpm.engine.variable.Variables.createVariables()
        .putValue(Variables.EVENT_TYPE, type).putValue(Variables.CUSTOMER_INFORMATION_EXPOSED, exposed)
        .putValue(Variables.AFFECTED_CUSTOMERS, customers).putValue(Variables.KEY_SERVICE_AFFECTED, keyService);

    DmnDecisionResultEntries result = decision.evaluate(inputs).getSingleResult();

    assertThat(decision.matchedRules().get(0).getId()).isEqualTo(rule);
    assertThat(result.<String>getEntry(Variables.SEVERITY)).isEqualTo(severity);
    assertThat(result.<Integer>getEntry(Variables.NOTIFICATION_HOURS)).isEqualTo(hours);
    DECIDED_BY.add(rule);
  }

  @Test
  void everyLeakHasADeadlineAndNoOtherEventHasOne() {
    for (SecurityEventType type : SecurityEventType.values()) {
      for (boolean keyService : new boolean[] {true, false}) {
        for (long customers : new long[] {0, 1, 100, 1000}) {
          for (boolean exposed : new boolean[] {true, false}) {
            DmnDecisionResultEntries result = decision.evaluate(org.camunda.bpm.engine.variable.Variables
                .createVariables().putValue(Variables.EVENT_TYPE, type.name())
                .putValue(Variables.CUSTOMER_INFORMATION_EXPOSED, exposed)
                .putValue(Variables.AFFECTED_CUSTOMERS, customers)
                .putValue(Variables.KEY_SERVICE_AFFECTED, keyService)).getSingleResult();
            assertThat(result).as("%s %s %s %s", type, exposed, customers, keyService).isNotNull();
            assertThat(result.<Integer>getEntry(Variables.NOTIFICATION_HOURS) != null)
                .as("deadline for %s exposed=%s", type, exposed).isEqualTo(exposed);
          }
        }
      }
    }
  }
}
