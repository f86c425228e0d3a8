package com.yuanjing.itsm.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keeps our Simplified Chinese translation of the Camunda Tasklist and Welcome apps in step with
 * the English labels shipped in the Camunda webjar.
 *
 * <p>Both files live on the classpath under the same folder: the webjar's {@code en.json} comes
 * from {@code camunda-webapp-webjar-*.jar}, our {@code zh.json} from this project's resources. When
 * a Camunda upgrade adds, renames or drops labels, this test fails and names the keys to fix.
 */
class WebappTranslationTest {

  private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";

  private static final String WEBJAR = "camunda-webapp-webjar";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(.*?)\\s*}}");

  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "welcome"})
  void chineseHasExactlyTheEnglishKeys(String app) throws IOException {
    Map<String, String> english = flatten(read(app, "en", true));
    Map<String, String> chinese = flatten(read(app, "zh", false));

    Set<String> untranslated = new LinkedHashSet<>(english.keySet());
    untranslated.removeAll(chinese.keySet());
    Set<String> obsolete = new LinkedHashSet<>(chinese.keySet());
    obsolete.removeAll(english.keySet());

    assertThat(untranslated)
        .as("keys in Camunda's %s/locales/en.json that are missing from our zh.json;"
            + " translate them", app)
        .isEmpty();
    assertThat(obsolete)
        .as("keys in our %s/locales/zh.json that Camunda's en.json no longer has;"
            + " remove them", app)
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"tasklist", "welcome"})
  void chineseKeepsThePlaceholders(String app) throws IOException {
    Map<String, String> english = flatten(read(app, "en", true));
    Map<String, String> chinese = flatten(read(app, "zh", false));

    Map<String, String> broken = new LinkedHashMap<>();
    english.forEach((key, englishValue) -> {
      String chineseValue = chinese.get(key);
      if (chineseValue != null
          && !placeholders(englishValue).equals(placeholders(chineseValue))) {
        broken.put(key, "en: " + englishValue + " | zh: " + chineseValue);
      }
    });

    assertThat(broken)
        .as("values in our %s/locales/zh.json whose {{placeholders}} differ from en.json", app)
        .isEmpty();
  }

  /** Reads the locale file either from the Camunda webjar or from our own resources. */
  private static JsonNode read(String app, String locale, boolean fromWebjar) throws IOException {
    String path = String.format(LOCALES, app, locale);
    List<URL> candidates = new ArrayList<>();
    ClassLoader loader = WebappTranslationTest.class.getClassLoader();
    for (URL url : Collections.list(loader.getResources(path))) {
      if (url.toString().contains(WEBJAR) == fromWebjar) {
        candidates.add(url);
      }
    }
    assertThat(candidates)
        .as("%s on the classpath %s", path,
            fromWebjar ? "inside the Camunda webjar" : "from this project's resources")
        .isNotEmpty();
    try (InputStream in = candidates.get(0).openStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      return JSON.readTree(text);
    }
  }

  /** Every leaf value by its dotted path, array elements as {@code path[index]}. */
  private static Map<String, String> flatten(JsonNode root) {
    Map<String, String> leaves = new LinkedHashMap<>();
    flatten("", root, leaves);
    return leaves;
  }

  private static void flatten(String path, JsonNode node, Map<String, String> leaves) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(),
            leaves);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(path + "[" + i + "]", node.get(i), leaves);
      }
    } else {
      leaves.put(path, node.asText());
    }
  }

  /** The placeholder names in a value, sorted, so that {{ name }} and {{name}} count as the same. */
  private static List<String> placeholders(String value) {
    List<String> names = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(value);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    Collections.sort(names);
    return names;
  }
}
