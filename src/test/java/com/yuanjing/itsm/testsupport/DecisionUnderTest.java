package com.yuanjing.itsm.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;

/**
 * A decision table from a classpath resource, evaluated by its own standalone DMN engine, which records
 * the rules that matched in the last evaluation.
 */
public final class DecisionUnderTest {

  private final DmnEngine engine;
  private final DmnDecision decision;
  private final List<DmnEvaluatedDecisionRule> matchedRules;

  private DecisionUnderTest(DmnEngine engine, DmnDecision decision, List<DmnEvaluatedDecisionRule> matchedRules) {
    this.engine = engine;
    this.decision = decision;
    this.matchedRules = matchedRules;
  }

  /** Parses the decision {@code decisionKey} of {@code classpathResource}, failing if the resource is missing. */
  public static DecisionUnderTest load(String classpathResource, String decisionKey) {
    List<DmnEvaluatedDecisionRule> matchedRules = new ArrayList<>();
    DmnEngineConfiguration configuration = DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(List.of(
        (DmnDecisionTableEvaluationEvent event) -> matchedRules.addAll(event.getMatchingRules())));
    DmnEngine engine = configuration.buildEngine();
    try (InputStream in = DecisionUnderTest.class.getClassLoader().getResourceAsStream(classpathResource)) {
      assertThat(in).as("%s on the classpath", classpathResource).isNotNull();
      return new DecisionUnderTest(engine, engine.parseDecision(decisionKey, in), matchedRules);
    } catch (IOException e) {
      throw new UncheckedIOException(classpathResource, e);
    }
  }

  /** Evaluates the decision with these variables (a {@code VariableMap} too); forgets the earlier matches. */
  public DmnDecisionResult evaluate(Map<String, Object> variables) {
    matchedRules.clear();
    return engine.evaluateDecision(decision, variables);
  }

  /** The rules that matched in the last evaluation; empty before the first. */
  public List<DmnEvaluatedDecisionRule> matchedRules() {
    return List.copyOf(matchedRules);
  }

  /** The ids of all rules of the table, in table order. */
  public List<String> ruleIds() {
    return ((DmnDecisionTableImpl) decision.getDecisionLogic()).getRules().stream()
        .map(DmnDecisionTableRuleImpl::getId).toList();
  }
}
