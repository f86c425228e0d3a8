package com.yuanjing.itsm.incident;

import static com.yuanjing.itsm.incident.IncidentProcess.Variables.*;

import com.yuanjing.itsm.audit.ProcessRecords;
import com.yuanjing.itsm.configuration.AffectedServices;
import com.yuanjing.itsm.numbering.BusinessKeys;
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

/** Intake and registration of incidents; the rules about what a valid incident is live here. */
@Service
public class IncidentService {

  static final String INVALID_REPORT = "事件报告有误，请修正以下字段";
  static final String DEFAULT_SUPPORT_GROUP = "ops-engineers";

  private final IncidentReportValidator validator;
  private final ServiceDirectory services;
  private final BusinessKeys businessKeys;
  private final RuntimeService runtimeService;
  private final ProcessRecords records;
  private final AffectedServices affectedServices;

  public IncidentService(IncidentReportValidator validator, ServiceDirectory services, BusinessKeys businessKeys,
      RuntimeService runtimeService, ProcessRecords records, AffectedServices affectedServices) {
    this.validator = validator;
    this.services = services;
    this.businessKeys = businessKeys;
    this.runtimeService = runtimeService;
    this.records = records;
    this.affectedServices = affectedServices;
  }

  /** Starts an incident from another system's report; nothing is created when the report is invalid. */
  @Transactional
  public ProcessInstance report(Map<String, Object> report) {
    requireValid(report);
    return runtimeService.startProcessInstanceByKey(IncidentProcess.KEY, report);
  }

  /**
   * The facts an incident is registered with, on top of what was reported. Throws when the report is
   * invalid, which rolls the start back: a start form cannot create a half-filled incident either.
   */
  public Map<String, Object> registration(Map<String, Object> reportedVariables) {
    // everything the caller passed is checked: a variable the process sets itself (approved, due dates,
    // counters, ...) cannot be smuggled in at the start
    Map<String, Object> report = new HashMap<>(reportedVariables);
    report.remove(REGISTERED_BY);
    requireValid(report);
    ItService service = services.find((String) report.get(SERVICE_ID)).orElseThrow();
    Map<String, Object> registration = new HashMap<>();
    registration.put(SERVICE_NAME, service.name());
    registration.put(AFFECTED_SERVICES, affectedServices.describe(service.id(), affectedServices.itemIds(
        report.get(CONFIGURATION_ITEM_IDS), CONFIGURATION_ITEM_IDS, IncidentReportValidator.FIELDS.get(CONFIGURATION_ITEM_IDS))));
    registration.put(SERVICE_LEVEL, service.level());
    // the SLA's clock is the catalogue's; sla-targets.dmn gives the targets of the level
    registration.put(SUPPORT_HOURS, service.supportHours().name());
    registration.put(MAJOR, Boolean.TRUE.equals(report.get(MAJOR)));
    registration.put(CATEGORY, report.get(CATEGORY) instanceof String s && !s.isBlank() ? s : IncidentCategory.OTHER.name());
    registration.put(SUPPORT_GROUP, DEFAULT_SUPPORT_GROUP);
    registration.put(RESOLVER, null);
    registration.put(REOPEN_COUNT, 0);
    registration.put(REASSIGN_COUNT, 0);
    registration.put(PROBLEM_REQUIRED, false);
    return registration;
  }

  /**
   * The incident with this business key, open or closed, read from history; empty when it does not
   * exist or the current user may not read the history of incidents.
   */
  public Optional<IncidentView> find(String businessKey) {
    return records.find(IncidentProcess.KEY, businessKey).map(record -> IncidentView.of(businessKey,
        record.instance().getId(), record.instance().getEndTime() != null, record.variables()));
  }

  public String nextBusinessKey() {
    return businessKeys.next(IncidentProcess.BUSINESS_KEY_PREFIX);
  }

  private void requireValid(Map<String, Object> report) {
    List<FieldError> errors = validator.validate(report);
    InvalidInputException.throwIfAny(INVALID_REPORT, errors);
  }
}
