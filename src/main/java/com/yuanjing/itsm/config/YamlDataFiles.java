package com.yuanjing.itsm.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the data files operators edit without a rebuild (holidays, change freezes). A parse error names
 * the file and the line, so the operator knows what to fix.
 */
public final class YamlDataFiles {

  // Duplicate keys would otherwise silently overwrite each other; a lone value written without
  // brackets is accepted as a one-element list.
  private static final YAMLMapper MAPPER = YAMLMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
      .build();

  private YamlDataFiles() {}

  /**
   * @param kind what the file is, for the message: "holiday", "freeze calendar"
   * @throws IllegalArgumentException when the file is not valid YAML of that shape
   */
  public static <T> T read(InputStream in, Class<T> type, String kind, String source) throws IOException {
    try {
      return MAPPER.readValue(in, type);
    } catch (JacksonException e) {
      throw unreadable(kind, source, e);
    }
  }

  /** Parses YAML text; for tests and tools. */
  public static <T> T parse(String yaml, Class<T> type, String kind) {
    try {
      return MAPPER.readValue(yaml, type);
    } catch (JacksonException e) {
      throw unreadable(kind, "<inline>", e);
    }
  }

  private static IllegalArgumentException unreadable(String kind, String source, JacksonException e) {
    String line = e.getLocation() != null && e.getLocation().getLineNr() > 0
        ? " (line " + e.getLocation().getLineNr() + ")" : "";
    return new IllegalArgumentException("Invalid " + kind + " file " + source + ": cannot parse YAML" + line + ": "
        + e.getOriginalMessage(), e);
  }
}
