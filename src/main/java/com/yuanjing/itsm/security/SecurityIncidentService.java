package com.yuanjing.itsm.security;

import static com.yuanjing.itsm.security.SecurityIncidentProcess.Variables.*;

import com.yuanjing.itsm.audit.ProcessRecords;
import com.yuanjing.itsm.numbering.BusinessKeys;
import com.yuanjing.itsm.servicelevel.ItService;
import com.yuanjing.itsm.servicelevel.ServiceDirectory;
import com.yuanjing.itsm.validation.InvalidInputException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Intake and registration of security incidents. */
@Service
public class SecurityIncidentService {

  static final String INVALID_REPORT = "安全事件报告有误，请修正以下字段";
  static final String HAND_OVER_ONLY = "安全事件只能由归类为信息安全的事件转入，不能直接发送消息 "
      + SecurityIncidentProcess.MESSAGE_SECURITY_EVENT_REPORTED;
  /** The facts an incident hands on; nothing else may come with the message. */
  static final Set<String> HANDED_ON = Set.of(INCIDENT_KEY, SERVICE_ID, SUMMARY, DESCRIPTION);
  /**
   * Set only while {@link #startFromIncident} correlates the start message in this thread: the message start
   * event accepts no other caller (e.g. {@code POST /engine-rest/message}), whatever its permissions.
   */
  private static final ThreadLocal<Boolean> HANDING_OVER = ThreadLocal.withInitial(() -> false);

  private final SecurityReportValidator validator;
  private final ServiceDirectory services;
  private final BusinessKeys businessKeys;
  private final RuntimeService runtimeService;
  private final ProcessRecords records;

  public SecurityIncidentService(SecurityReportValidator validator, ServiceDirectory services,
      BusinessKeys businessKeys, RuntimeService runtimeService, ProcessRecords records) {
    this.validator = validator;
    this.services = services;
    this.businessKeys = businessKeys;
    this.runtimeService = runtimeService;
    this.records = records;
  }

  /** Starts a security incident reported through the REST API; nothing is created when the report is invalid. */
  @Transactional
  public ProcessInstance report(Map<String, Object> report) {
    InvalidInputException.throwIfAny(INVALID_REPORT, validator.validate(report));
    return runtimeService.startProcessInstanceByKey(SecurityIncidentProcess.KEY, report);
  }

  /**
   * Starts the security incident an incident is handed on to, through the message start event; the only way
   * that start event accepts (see {@link #registration}).
   */
  public static ProcessInstance startFromIncident(RuntimeService runtime, Map<String, Object> event) {
    HANDING_OVER.set(true);
    try {
      return runtime.createMessageCorrelation(SecurityIncidentProcess.MESSAGE_SECURITY_EVENT_REPORTED)
          .setVariables(event).correlateStartMessage();
    } finally {
      HANDING_OVER.remove();
    }
  }

  /**
   * The facts a security incident is registered with. A direct report is checked like the REST API's (the
   * throw rolls the start back); one handed on by an incident carries the incident's already checked facts.
   */
  public Map<String, Object> registration(Map<String, Object> reported, boolean fromIncident) {
    if (!fromIncident) {
      InvalidInputException.throwIfAny(INVALID_REPORT, validator.validate(reported));
    } else if (!HANDING_OVER.get() || !HANDED_ON.containsAll(reported.keySet())) {
      throw new AuthorizationException(HAND_OVER_ONLY);
    }
    Map<String, Object> registration = new HashMap<>();
    registration.put(SOURCE, fromIncident ? SecurityIncidentProcess.Source.INCIDENT
        : SecurityIncidentProcess.Source.DIRECT);
    registration.put(SERVICE_NAME, reported.get(SERVICE_ID) instanceof String id && !id.isBlank()
        ? services.find(id).map(ItService::name).orElse(id) : null);
    return registration;
  }

  public String nextBusinessKey() {
    return businessKeys.next(SecurityIncidentProcess.BUSINESS_KEY_PREFIX);
  }

  /** The security incident with this key, open or closed; empty when unknown or not readable by the user. */
  public Optional<SecurityIncidentView> find(String businessKey) {
    return records.find(SecurityIncidentProcess.KEY, businessKey).map(record -> SecurityIncidentView.of(businessKey,
        record.instance().getId(), record.instance().getEndTime() != null, record.instance().getEndActivityId(),
        record.variables()));
  }
}
