package com.yuanjing.itsm.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
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

  /** Matching rules of the last evaluation, recorded by an engine listener. */
  private static final List<DmnEvaluatedDecisionRule> matchedRules = new ArrayList<>();

  private static DmnEngine dmnEngine;
  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() throws IOException {
    DmnEngineConfiguration configuration = DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(List.of(
        (DmnDecisionTableEvaluationEvent event) -> matchedRules.addAll(event.getMatchingRules())));
    dmnEngine = configuration.buildEngine();
    try (InputStream in = IncidentPriorityDecisionTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      assertThat(in).as("%s on the classpath", RESOURCE).isNotNull();
      decision = dmnEngine.parseDecision("incidentPriority", in);
    }
  }

  @BeforeEach
  void forgetMatches() {
    matchedRules.clear();
  }

  private static DmnDecisionResult evaluate(String impact, String urgency) {
    matchedRules.clear();
    return dmnEngine.evaluateDecision(decision,
        Variables.createVariables().putValue("impact", impact).putValue("urgency", urgency));
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
    assertThat(matchedRules).hasSize(1);
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
    assertThat(matchedRules).isEmpty();
  }

  @Test
  void tableHasNineRulesAndEveryRuleIsHitByExactlyOneCombination() {
    List<DmnDecisionTableRuleImpl> rules = ((DmnDecisionTableImpl) decision.getDecisionLogic()).getRules();
    assertThat(rules).hasSize(9);

    List<String> hitRuleIds = new ArrayList<>();
    for (String impact : LEVELS) {
      for (String urgency : LEVELS) {
        DmnDecisionResult result = evaluate(impact, urgency);
        assertThat(result).as("results for impact %s, urgency %s", impact, urgency).hasSize(1);
        assertThat(matchedRules).as("rules matching impact %s, urgency %s", impact, urgency).hasSize(1);
        hitRuleIds.add(matchedRules.get(0).getId());
      }
    }

    Set<String> allRuleIds = rules.stream().map(DmnDecisionTableRuleImpl::getId).collect(Collectors.toSet());
    assertThat(hitRuleIds).doesNotHaveDuplicates();
    assertThat(new HashSet<>(hitRuleIds)).isEqualTo(allRuleIds);
  }
}
