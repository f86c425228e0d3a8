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
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Intake and registration of security incidents. */
@Service
public class SecurityIncidentService {

  static final String INVALID_REPORT = "安全事件报告有误，请修正以下字段";

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
   * The facts a security incident is registered with. A direct report is checked like the REST API's (the
   * throw rolls the start back); one handed on by an incident carries the incident's already checked facts.
   */
  public Map<String, Object> registration(Map<String, Object> reported, boolean fromIncident) {
    if (!fromIncident) {
      InvalidInputException.throwIfAny(INVALID_REPORT, validator.validate(reported));
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
