package com.yuanjing.itsm.change;

import static com.yuanjing.itsm.change.ChangeProcess.Variables.*;

import com.yuanjing.itsm.audit.ProcessRecords;
import com.yuanjing.itsm.configuration.AffectedServices;
import com.yuanjing.itsm.numbering.BusinessKeys;
import com.yuanjing.itsm.release.ReleaseProcess;
import com.yuanjing.itsm.servicelevel.ItService;
import com.yuanjing.itsm.servicelevel.ServiceDirectory;
import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.InvalidInputException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Intake and registration of requests for change; what a valid request is lives here. */
@Service
public class ChangeService {

  static final String INVALID_REQUEST = "变更申请有误，请修正以下字段";
  /** How critical a change to a service is, by the service level of its SLA. */
  static final Map<String, String> CRITICALITY_BY_LEVEL = Map.of("GOLD", "HIGH", "SILVER", "MEDIUM", "BRONZE", "LOW");

  private final ChangeRequestValidator validator;
  private final ServiceDirectory services;
  private final PlannedTimes plannedTimes;
  private final BusinessKeys businessKeys;
  private final RuntimeService runtimeService;
  private final ProcessRecords records;
  private final AffectedServices affectedServices;

  public ChangeService(ChangeRequestValidator validator, ServiceDirectory services, PlannedTimes plannedTimes,
      BusinessKeys businessKeys, RuntimeService runtimeService, ProcessRecords records,
      AffectedServices affectedServices) {
    this.validator = validator;
    this.services = services;
    this.plannedTimes = plannedTimes;
    this.businessKeys = businessKeys;
    this.runtimeService = runtimeService;
    this.records = records;
    this.affectedServices = affectedServices;
  }

  /** Starts a change from another system's request; nothing is created when the request is invalid. */
  @Transactional
  public ProcessInstance request(Map<String, Object> request) {
    requireValid(request);
    return runtimeService.startProcessInstanceByKey(ChangeProcess.KEY, request);
  }

  /**
   * The facts a change is registered with, on top of what was requested (planned times as dates).
   * Throws when the request is invalid, which rolls the start back.
   */
  public Map<String, Object> registration(Map<String, Object> requestedVariables) {
    // everything the caller passed is checked: a variable the process sets itself (approved, due dates,
    // counters, ...) cannot be smuggled in at the start
    Map<String, Object> request = new HashMap<>(requestedVariables);
    request.remove(REQUESTED_BY);
    requireValid(request);
    ItService service = services.find((String) request.get(SERVICE_ID)).orElseThrow();
    Map<String, Object> registration = new HashMap<>();
    plannedTimes.normalize(request);
    registration.put(PLANNED_START, request.get(PLANNED_START));
    registration.put(PLANNED_END, request.get(PLANNED_END));
    registration.put(SERVICE_NAME, service.name());
    registration.put(AFFECTED_SERVICES, affectedServices.describe(service.id(), affectedServices.itemIds(
        request.get(CONFIGURATION_ITEM_IDS), CONFIGURATION_ITEM_IDS, ChangeRequestValidator.FIELDS.get(CONFIGURATION_ITEM_IDS))));
    registration.put(SERVICE_CRITICALITY, CRITICALITY_BY_LEVEL.get(service.level()));
    registration.put(BACKOUT_PLAN_AVAILABLE, request.get(BACKOUT_PLAN) instanceof String plan && !plan.isBlank());
    registration.put(SOURCE, request.getOrDefault(SOURCE, "MANUAL"));
    registration.put(STANDARD_CHANGE_ID, request.get(STANDARD_CHANGE_ID));
    for (String flag : List.of(EMERGENCY, DOWNTIME_REQUIRED, DONE_BEFORE, TESTED)) {
      registration.put(flag, Boolean.TRUE.equals(request.get(flag)));
    }
    registration.put(CAB_APPROVALS, 0);
    registration.put(CAB_REJECTIONS, 0);
    registration.put(WINDOW_EXCEPTION_GRANTED, false);
    return registration;
  }

  /** The change with this business key, open or closed; empty when unknown or not readable by the user. */
  public Optional<ChangeView> find(String businessKey) {
    return records.find(ChangeProcess.KEY, businessKey).map(record -> ChangeView.of(businessKey,
        record.instance().getId(), record.instance().getEndActivityId(), record.variables(),
        records.businessKeysWhere(ReleaseProcess.KEY, ReleaseProcess.Variables.CHANGE_KEY, businessKey)));
  }

  public String nextBusinessKey() {
    return businessKeys.next(ChangeProcess.BUSINESS_KEY_PREFIX);
  }

  private void requireValid(Map<String, Object> request) {
    List<FieldError> errors = validator.validate(request);
    InvalidInputException.throwIfAny(INVALID_REQUEST, errors);
  }
}
