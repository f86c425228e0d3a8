package com.yuanjing.itsm.capacity;

import com.yuanjing.itsm.incident.IncidentCategory;
import com.yuanjing.itsm.incident.IncidentProcess;
import com.yuanjing.itsm.incident.IncidentType;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Opens the capacity incident of a case through the incident process, with the suite as reporter. The
 * incident's own start checks the report like any other; the case's key is passed as the business key the
 * incident keeps as its external reference, so the incident names its capacity case.
 */
@Component
public class CapacityIncidents {

  static final String REPORTER = "容量管理";
  static final int SUMMARY_LENGTH = 200;
  static final int DESCRIPTION_LENGTH = 4000;

  private final RuntimeService runtimeService;

  public CapacityIncidents(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /** The facts of a capacity incident, as the incident's start form would have them. */
  public record Report(String capacityKey, String serviceId, String summary, String description, String impact,
      String urgency) {}

  /** Starts the incident and returns its key. */
  public String open(Report report) {
    Map<String, Object> incident = new HashMap<>();
    incident.put(IncidentProcess.Variables.REPORTER, REPORTER);
    incident.put(IncidentProcess.Variables.REPORTER_CONTACT, "容量管理流程 " + report.capacityKey());
    incident.put(IncidentProcess.Variables.SERVICE_ID, report.serviceId());
    incident.put(IncidentProcess.Variables.INCIDENT_TYPE, IncidentType.FAULT.name());
    incident.put(IncidentProcess.Variables.IMPACT, report.impact());
    incident.put(IncidentProcess.Variables.URGENCY, report.urgency());
    incident.put(IncidentProcess.Variables.CATEGORY, IncidentCategory.CAPACITY.name());
    incident.put(IncidentProcess.Variables.SUMMARY, CapacityService.truncate("容量：" + report.summary(), SUMMARY_LENGTH));
    incident.put(IncidentProcess.Variables.DESCRIPTION, CapacityService.truncate(report.description(),
        DESCRIPTION_LENGTH));
    return runtimeService.startProcessInstanceByKey(IncidentProcess.KEY, report.capacityKey(), incident)
        .getBusinessKey();
  }
}
