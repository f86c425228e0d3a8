package com.yuanjing.itsm.capacity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Map;

/**
 * A stored monitoring alert: one firing episode of an alert (fingerprint and start).
 *
 * @param serviceId the published service its labels name, null when none was recognised (unmapped)
 * @param ciId the configuration item its labels name, if any
 * @param labels the alert's labels as a JSON object
 * @param annotations the alert's annotations (summary, description, ...) as a JSON object
 */
public record MonitoringAlert(
    long id,
    String fingerprint,
    String alertName,
    AlertStatus status,
    String severity,
    String serviceId,
    Long ciId,
    String labels,
    String annotations,
    Instant startsAt,
    Instant endsAt,
    Instant receivedAt,
    Instant updatedAt,
    String receiver) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The labels as names and values; the intake stored them as a JSON object of strings. */
  public Map<String, String> labelValues() {
    try {
      return labels == null ? Map.of() : JSON.readValue(labels, new TypeReference<Map<String, String>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored labels of alert " + id + " are not a JSON object of strings", e);
    }
  }
}
