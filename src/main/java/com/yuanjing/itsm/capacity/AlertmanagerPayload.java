package com.yuanjing.itsm.capacity;

import com.fasterxml.jackson.databind.JsonNode;
import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.InvalidInputException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A checked notification of Prometheus Alertmanager's webhook receiver, payload version 4. Every bad field
 * is named by its JSON path ({@code alerts[2].fingerprint}); fields this class does not read are ignored,
 * because Alertmanager adds fields over time.
 */
public record AlertmanagerPayload(String receiver, String groupKey, List<ReceivedAlert> alerts) {

  static final String INVALID = "Alertmanager 告警通知有误，未记录任何告警";
  /** Alertmanager's "no time": a firing alert whose end is not known. */
  static final Instant ZERO_TIME = Instant.parse("0001-01-01T00:00:00Z");

  static final int MAX_FINGERPRINT = 64;
  static final int MAX_ALERT_NAME = 200;
  static final int MAX_SEVERITY = 32;
  static final int MAX_RECEIVER = 200;
  static final int MAX_GROUP_KEY = 2000;

  /** Checks the whole notification. @throws InvalidInputException naming every bad field */
  public static AlertmanagerPayload parse(JsonNode body) {
    List<FieldError> errors = new ArrayList<>();
    if (body == null || !body.isObject()) {
      throw new InvalidInputException(INVALID, List.of(new FieldError("$", "告警通知", "必须是 JSON 对象")));
    }
    if (!"4".equals(text(body, "version"))) {
      errors.add(new FieldError("version", "通知版本", "必须是 \"4\"（Alertmanager webhook 第 4 版）"));
    }
    if (status(text(body, "status")) == null) {
      errors.add(new FieldError("status", "通知状态", "必须是 firing 或 resolved"));
    }
    String receiver = limited(body, "receiver", "接收器", MAX_RECEIVER, errors);
    String groupKey = limited(body, "groupKey", "分组键", MAX_GROUP_KEY, errors);
    JsonNode alertNodes = body.get("alerts");
    List<ReceivedAlert> alerts = new ArrayList<>();
    if (alertNodes == null || !alertNodes.isArray() || alertNodes.isEmpty()) {
      errors.add(new FieldError("alerts", "告警列表", "必须是至少含一条告警的数组"));
    } else {
      for (int i = 0; i < alertNodes.size(); i++) {
        ReceivedAlert alert = alert(alertNodes.get(i), "alerts[" + i + "]", errors);
        if (alert != null) {
          alerts.add(alert);
        }
      }
    }
    InvalidInputException.throwIfAny(INVALID, errors);
    return new AlertmanagerPayload(receiver, groupKey, List.copyOf(alerts));
  }

  private static ReceivedAlert alert(JsonNode node, String path, List<FieldError> errors) {
    if (node == null || !node.isObject()) {
      errors.add(new FieldError(path, "告警", "必须是 JSON 对象"));
      return null;
    }
    int before = errors.size();
    AlertStatus status = status(text(node, "status"));
    if (status == null) {
      errors.add(new FieldError(path + ".status", "告警状态", "必须是 firing 或 resolved"));
    }
    String fingerprint = text(node, "fingerprint");
    if (fingerprint == null || fingerprint.isBlank()) {
      errors.add(new FieldError(path + ".fingerprint", "告警指纹", "不能为空"));
    } else if (fingerprint.strip().length() > MAX_FINGERPRINT) {
      errors.add(new FieldError(path + ".fingerprint", "告警指纹", "不能超过 " + MAX_FINGERPRINT + " 个字符"));
    }
    Map<String, String> labels = map(node, path + ".labels", "告警标签", errors);
    String alertName = labels == null ? null : labels.get("alertname");
    if (labels != null && (alertName == null || alertName.isBlank())) {
      errors.add(new FieldError(path + ".labels.alertname", "告警名称", "不能为空"));
    } else if (alertName != null && alertName.length() > MAX_ALERT_NAME) {
      errors.add(new FieldError(path + ".labels.alertname", "告警名称", "不能超过 " + MAX_ALERT_NAME + " 个字符"));
    }
    String severity = labels == null ? null : labels.get("severity");
    if (severity != null && severity.length() > MAX_SEVERITY) {
      errors.add(new FieldError(path + ".labels.severity", "告警级别", "不能超过 " + MAX_SEVERITY + " 个字符"));
    }
    Map<String, String> annotations = node.has("annotations") && !node.get("annotations").isNull()
        ? map(node, path + ".annotations", "告警注释", errors) : Map.of();
    Instant startsAt = time(node, "startsAt", path, "开始时间", true, errors);
    Instant endsAt = time(node, "endsAt", path, "结束时间", false, errors);
    if (errors.size() > before) {
      return null;
    }
    return new ReceivedAlert(status, fingerprint.strip(), alertName.strip(), severity, labels, annotations, startsAt,
        status == AlertStatus.RESOLVED ? endsAt : null);
  }

  private static AlertStatus status(String value) {
    if ("firing".equals(value)) {
      return AlertStatus.FIRING;
    }
    return "resolved".equals(value) ? AlertStatus.RESOLVED : null;
  }

  /** A label or annotation object: every value a string (Alertmanager sends nothing else). */
  private static Map<String, String> map(JsonNode node, String path, String label, List<FieldError> errors) {
    JsonNode object = node.get(path.substring(path.lastIndexOf('.') + 1));
    if (object == null || !object.isObject()) {
      errors.add(new FieldError(path, label, "必须是 JSON 对象"));
      return null;
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : object.properties()) {
      if (!entry.getValue().isTextual()) {
        errors.add(new FieldError(path + "." + entry.getKey(), label, "必须是字符串"));
        return null;
      }
      values.put(entry.getKey(), entry.getValue().asText());
    }
    return values;
  }

  /**
   * An RFC 3339 time as Alertmanager writes it, to the microsecond (what both databases keep, so that the
   * episode is found again); Alertmanager's zero time is no time.
   */
  private static Instant time(JsonNode node, String field, String path, String label, boolean required,
      List<FieldError> errors) {
    String value = text(node, field);
    if (value == null || value.isBlank()) {
      if (required) {
        errors.add(new FieldError(path + "." + field, label, "不能为空"));
      }
      return null;
    }
    try {
      Instant time = OffsetDateTime.parse(value.strip()).toInstant().truncatedTo(ChronoUnit.MICROS);
      if (time.equals(ZERO_TIME)) {
        if (required) {
          errors.add(new FieldError(path + "." + field, label, "不能是零时间 0001-01-01T00:00:00Z"));
        }
        return null;
      }
      return time;
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(path + "." + field, label, "必须是 ISO-8601 时间，如 2026-03-02T10:15:30Z"));
      return null;
    }
  }

  private static String limited(JsonNode node, String field, String label, int max, List<FieldError> errors) {
    String value = text(node, field);
    if (value != null && value.length() > max) {
      errors.add(new FieldError(field, label, "不能超过 " + max + " 个字符"));
    }
    return value;
  }

  /** The field's text when it is a string; null when it is missing or of another kind. */
  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() ? value.asText() : null;
  }
}
