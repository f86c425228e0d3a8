package com.yuanjing.itsm.configuration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.BytesValue;
import org.springframework.stereotype.Component;

/**
 * The items an audit verifies, kept in the audit's variable {@code auditSubjects} as JSON bytes: the engine
 * stores no Java objects, and a text variable holds only 4000 characters (a service may have hundreds of
 * items). The model creates one verification task per item id
 * ({@code ${configurationAuditSubjects.itemIds(auditSubjects)}}); {@link PrepareVerificationListener}
 * gives each the rest of its subject.
 */
@Component("configurationAuditSubjects")
public class ConfigurationAuditSubjects {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<AuditSubject>> SUBJECTS = new TypeReference<>() {};

  /** The variable value of a selection. */
  public static BytesValue of(List<AuditSubject> subjects) {
    try {
      return Variables.byteArrayValue(JSON.writeValueAsBytes(subjects));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the audit subjects", e);
    }
  }

  /** The ids of the selected items, in the order of the selection. */
  public List<Long> itemIds(byte[] subjects) {
    return read(subjects).stream().map(AuditSubject::itemId).toList();
  }

  /** The selected subject with this item id. */
  public static AuditSubject find(byte[] subjects, long itemId) {
    return read(subjects).stream().filter(subject -> subject.itemId() == itemId).findFirst()
        .orElseThrow(() -> new IllegalStateException("Item " + itemId + " was not selected for this audit"));
  }

  private static List<AuditSubject> read(byte[] subjects) {
    try {
      return JSON.readValue(subjects, SUBJECTS);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the audit subjects", e);
    }
  }
}
