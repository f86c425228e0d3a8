package com.yuanjing.itsm.capacity;

import static com.yuanjing.itsm.capacity.CapacityProcess.Variables.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuanjing.itsm.numbering.BusinessKeys;
import com.yuanjing.itsm.servicelevel.ItService;
import com.yuanjing.itsm.servicelevel.ServiceDirectory;
import com.yuanjing.itsm.validation.Choices;
import com.yuanjing.itsm.validation.FieldChecks;
import com.yuanjing.itsm.validation.InvalidInputException;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/** Starting and registering capacity cases: from a capacity alert, or from a start form for an issue found by inspection. */
@Service
public class CapacityService {

  static final String INVALID_REPORT = "容量问题登记有误，请修正以下字段";
  public static final String SOURCE_ALERT = "ALERT";
  public static final String SOURCE_INSPECTION = "INSPECTION";
  /** The fields of the start form and their labels. */
  static final Map<String, String> FIELDS = Choices.of(SERVICE_ID, "受影响服务", CAPACITY_TYPE, "容量类型",
      SUMMARY, "摘要", DESCRIPTION, "详细描述");
  static final String ALERT_ONLY = "容量告警只能由监控告警接口登记，不能直接发送消息 "
      + CapacityProcess.MESSAGE_CAPACITY_ALERT_RECEIVED;
  /**
   * Set only while {@link #startFromAlert} correlates the start message in this thread: the message start event
   * accepts no other caller (e.g. {@code POST /engine-rest/message}), whatever its permissions.
   */
  private static final ThreadLocal<Boolean> STARTING_FROM_ALERT = ThreadLocal.withInitial(() -> false);
  private static final int SUMMARY_LENGTH = 200;
  private static final int DESCRIPTION_LENGTH = 4000;

  private final ServiceDirectory services;
  private final BusinessKeys businessKeys;
  private final RuntimeService runtimeService;
  private final ObjectMapper json = new ObjectMapper();

  public CapacityService(ServiceDirectory services, BusinessKeys businessKeys, RuntimeService runtimeService) {
    this.services = services;
    this.businessKeys = businessKeys;
    this.runtimeService = runtimeService;
  }

  /**
   * Starts a capacity case for a capacity alert of a published service (message start event); the caller has
   * classified the alert with capacity-alert.dmn. Returns the case's business key.
   */
  public String startFromAlert(MonitoringAlert alert, CapacityType type) {
    Map<String, String> annotations = read(alert.annotations());
    Map<String, Object> variables = new HashMap<>();
    variables.put(SOURCE, SOURCE_ALERT);
    variables.put(ALERT_ID, alert.id());
    variables.put(ALERT_NAME, alert.alertName());
    variables.put(ALERT_FINGERPRINT, alert.fingerprint());
    variables.put(ALERT_SEVERITY, alert.severity());
    variables.put(ALERT_STARTED_AT, Date.from(alert.startsAt()));
    variables.put(SERVICE_ID, alert.serviceId());
    variables.put(CAPACITY_TYPE, type.name());
    String summary = annotations.getOrDefault("summary", "");
    variables.put(SUMMARY, truncate(alert.alertName() + (summary.isBlank() ? "" : "：" + summary), SUMMARY_LENGTH));
    variables.put(DESCRIPTION, truncate(annotations.getOrDefault("description", "") + "\n告警标签：" + alert.labels(),
        DESCRIPTION_LENGTH).strip());
    STARTING_FROM_ALERT.set(true);
    try {
      return runtimeService.createMessageCorrelation(CapacityProcess.MESSAGE_CAPACITY_ALERT_RECEIVED)
          .setVariables(variables).correlateStartMessage().getBusinessKey();
    } finally {
      STARTING_FROM_ALERT.remove();
    }
  }

  /**
   * The facts a case is registered with. A start by hand is checked like every start form (nothing else can
   * be passed); a start from an alert carries the alert's facts, set by {@link #startFromAlert}, and is refused
   * when anything else sent the message.
   */
  public Map<String, Object> registration(Map<String, Object> startVariables, boolean fromAlert) {
    if (fromAlert && !STARTING_FROM_ALERT.get()) {
      throw new AuthorizationException(ALERT_ONLY);
    }
    Map<String, Object> registration = new HashMap<>();
    if (!fromAlert) {
      Map<String, Object> report = new HashMap<>(startVariables);
      report.remove(REPORTED_BY);
      InvalidInputException.throwIfAny(INVALID_REPORT, new FieldChecks(report)
          .oneOf(SERVICE_ID, FIELDS.get(SERVICE_ID), true, services.names())
          .oneOf(CAPACITY_TYPE, FIELDS.get(CAPACITY_TYPE), true, CapacityType.class, CapacityType::label)
          .text(SUMMARY, FIELDS.get(SUMMARY), true, SUMMARY_LENGTH)
          .text(DESCRIPTION, FIELDS.get(DESCRIPTION), true, DESCRIPTION_LENGTH)
          .noOtherFields(FIELDS)
          .errors());
      registration.put(SOURCE, SOURCE_INSPECTION);
      registration.put(ALERT_NAME, null);
      registration.put(ALERT_SEVERITY, null);
    }
    registration.put(SERVICE_NAME, services.find((String) startVariables.get(SERVICE_ID))
        .map(ItService::name).orElse((String) startVariables.get(SERVICE_ID)));
    registration.put(INCIDENT_KEY, null);
    return registration;
  }

  public String nextBusinessKey() {
    return businessKeys.next(CapacityProcess.BUSINESS_KEY_PREFIX);
  }

  public String nextReviewKey() {
    return businessKeys.next(CapacityProcess.REVIEW_BUSINESS_KEY_PREFIX);
  }

  private Map<String, String> read(String object) {
    try {
      return object == null ? Map.of() : json.readValue(object, new TypeReference<Map<String, String>>() {});
    } catch (JsonProcessingException e) {
      return Map.of();
    }
  }

  static String truncate(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length);
  }
}
