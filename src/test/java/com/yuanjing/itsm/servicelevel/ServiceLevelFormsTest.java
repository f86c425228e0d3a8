package com.yuanjing.itsm.servicelevel;

import static com.yuanjing.itsm.servicelevel.ServiceLevelProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What the service level forms show: their text templates rendered with FEEL, as Tasklist renders them. */
class ServiceLevelFormsTest {

  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{(.+?)}}");
  private static final FeelEngine FEEL = new ScalaFeelEngineFactory().createInstance();

  @ParameterizedTest
  @ValueSource(strings = {"evaluate-by-quality", "evaluate-by-operations", "negotiate-sla"})
  void proposalShowsTheServiceLevelAndTheHoursInChinese(String form) throws IOException {
    VariableMap proposal = Variables.createVariables().putValue(SERVICE_LEVEL, "GOLD")
        .putValue(SUPPORT_HOURS, "ALWAYS").putValue(SERVICE_HOURS, "BUSINESS_HOURS");

    String shown = render(form, proposal);

    assertThat(shown).contains("服务级别：**金牌**", "支持时间：7×24", "约定服务时间：工作时间（5×8）")
        .doesNotContain("GOLD", "ALWAYS", "BUSINESS_HOURS");
    assertThat(render(form, Variables.createVariables().putValue(SERVICE_LEVEL, "SILVER")))
        .contains("服务级别：**银牌**", "支持时间：—");
    assertThat(render(form, Variables.createVariables().putValue(SERVICE_LEVEL, "BRONZE"))).contains("**铜牌**");
  }

  @Test
  void improvementPlanNamesTheService() throws IOException {
    String shown = render("plan-improvement", Variables.createVariables()
        .putValue(IMPROVEMENT_SERVICE_ID, "customer-portal").putValue(IMPROVEMENT_SERVICE_NAME, "客户服务门户"));

    assertThat(shown).contains("未达标服务：**客户服务门户**（customer-portal）");
  }

  /** The text components of a form, each template replaced by its value ({@code null} variables unset). */
  private static String render(String form, VariableMap variables) throws IOException {
    JsonNode json;
    try (InputStream in = ServiceLevelFormsTest.class.getResourceAsStream("/forms/service-level/" + form + ".form")) {
      json = new ObjectMapper().readTree(in);
    }
    for (String name : new String[] {SERVICE_LEVEL_NUMBER, SERVICE_ID, SERVICE_NAME, CUSTOMER, NEED_TYPE, NEED,
        SOLUTION, SERVICE_LEVEL, SUPPORT_HOURS, SERVICE_HOURS, KEY_SERVICE, MAINTENANCE_WINDOWS, SERVICE_OWNER,
        QUALITY_COMMENT, OPERATIONS_COMMENT, PERIOD, ATTAINMENT_SUMMARY, REVIEW_COMMENT, IMPROVEMENT_SERVICE_ID,
        IMPROVEMENT_SERVICE_NAME}) {
      variables.putIfAbsent(name, null);
    }
    StringBuilder shown = new StringBuilder();
    for (JsonNode component : json.get("components")) {
      if ("text".equals(component.get("type").asText())) {
        Matcher template = TEMPLATE.matcher(component.get("text").asText());
        StringBuilder text = new StringBuilder();
        while (template.find()) {
          Object value = FEEL.evaluateSimpleExpression(template.group(1), variables.asVariableContext());
          template.appendReplacement(text, Matcher.quoteReplacement(String.valueOf(value)));
        }
        template.appendTail(text);
        shown.append(text).append('\n');
      }
    }
    return shown.toString();
  }
}
