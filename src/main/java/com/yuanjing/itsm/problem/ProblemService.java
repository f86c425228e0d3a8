package com.yuanjing.itsm.problem;

import static com.yuanjing.itsm.problem.ProblemProcess.Variables.*;

import com.yuanjing.itsm.audit.ProcessRecords;
import com.yuanjing.itsm.identity.SystemActions;
import com.yuanjing.itsm.kpi.ProcessVariables;
import com.yuanjing.itsm.numbering.BusinessKeys;
import com.yuanjing.itsm.servicelevel.ServiceDirectory;
import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.InvalidInputException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Raising and registering problems, and linking incidents to them. */
@Service
public class ProblemService {

  static final String INVALID_REPORT = "问题登记有误，请修正以下字段";
  /** The length {@link ProblemReportValidator} allows for the linked incident keys. */
  static final int MAX_LINKED_KEYS_LENGTH = 1000;
  /** Open problems of a service and category, oldest first (index {@code ix_itsm_hi_procinst_key_end}). */
  private static final String OPEN_PROBLEMS = "SELECT p.PROC_INST_ID_, p.BUSINESS_KEY_ FROM ACT_HI_PROCINST p"
      + ProcessVariables.join("sid", SERVICE_ID) + ProcessVariables.join("cat", CATEGORY)
      + " WHERE p.PROC_DEF_KEY_ = ? AND p.END_TIME_ IS NULL AND sid.TEXT_ = ? AND cat.TEXT_ = ?"
      + " ORDER BY p.START_TIME_, p.BUSINESS_KEY_";

  private final ProblemReportValidator validator;
  private final ServiceDirectory services;
  private final BusinessKeys businessKeys;
  private final RuntimeService runtimeService;
  private final ProcessRecords records;
  private final JdbcTemplate jdbc;

  public ProblemService(ProblemReportValidator validator, ServiceDirectory services, BusinessKeys businessKeys,
      RuntimeService runtimeService, JdbcTemplate jdbc, ProcessRecords records) {
    this.validator = validator;
    this.services = services;
    this.businessKeys = businessKeys;
    this.runtimeService = runtimeService;
    this.records = records;
    this.jdbc = jdbc;
  }

  /**
   * Links an incident to the open problem of its service and category, or raises a new problem for it
   * (message start event, so the problem's history shows where it came from). Returns the problem's key.
   */
  public String raiseForIncident(ProblemTrigger trigger) {
    String incidentKey = trigger.incidentKey();
    String serviceId = trigger.serviceId();
    String category = trigger.category();
    return SystemActions.run(() -> {
      // the oldest open problem of the service and category collects the incident
      Optional<OpenProblem> open = jdbc.query(OPEN_PROBLEMS,
          (rs, row) -> new OpenProblem(rs.getString("PROC_INST_ID_"), rs.getString("BUSINESS_KEY_")),
          ProblemProcess.KEY, serviceId, category).stream().findFirst();
      if (open.isPresent()) {
        runtimeService.createMessageCorrelation(ProblemProcess.MESSAGE_INCIDENT_LINKED)
            .processInstanceId(open.get().processInstanceId()).setVariable(INCIDENT_KEY, incidentKey).correlate();
        return open.get().businessKey();
      }
      Map<String, Object> problem = new HashMap<>();
      problem.put(TITLE, truncate("事件 " + incidentKey + "：" + trigger.summary(), 200));
      problem.put(SERVICE_ID, serviceId);
      problem.put(CATEGORY, category);
      problem.put(SOURCE, trigger.source());
      problem.put(DESCRIPTION, trigger.reason());
      problem.put(LINKED_INCIDENT_KEYS, String.join(",", latestRelated(trigger)));
      return runtimeService.createMessageCorrelation(ProblemProcess.MESSAGE_PROBLEM_RAISED)
          .setVariables(problem).correlateStartMessage().getBusinessKey();
    });
  }

  /** The facts a problem is registered with; throws when the report is invalid, which rolls the start back. */
  public Map<String, Object> registration(Map<String, Object> raisedVariables) {
    // everything the caller passed is checked: a variable the process sets itself (approved, due dates,
    // counters, ...) cannot be smuggled in at the start
    Map<String, Object> report = new HashMap<>(raisedVariables);
    report.remove(RAISED_BY);
    List<FieldError> errors = validator.validate(report);
    InvalidInputException.throwIfAny(INVALID_REPORT, errors);
    Map<String, Object> registration = new HashMap<>();
    registration.put(SERVICE_NAME, services.find((String) report.get(SERVICE_ID)).orElseThrow().name());
    registration.put(LINKED_INCIDENT_KEYS, report.get(LINKED_INCIDENT_KEYS) instanceof String keys
        ? keys.replaceAll("\\s", "") : "");
    return registration;
  }

  /** The open or closed problem with this key; empty when unknown or not readable by the current user. */
  public Optional<ProblemView> find(String businessKey) {
    return records.find(ProblemProcess.KEY, businessKey).map(record -> ProblemView.of(businessKey,
        record.instance().getId(), record.instance().getEndActivityId(), record.variables()));
  }

  public String nextBusinessKey() {
    return businessKeys.next(ProblemProcess.BUSINESS_KEY_PREFIX);
  }

  /**
   * The triggering incident and the latest related ones, as many as the field holds; every incident
   * also names its problem, so none is lost from the link in the other direction.
   */
  static List<String> latestRelated(ProblemTrigger trigger) {
    List<String> related = new java.util.ArrayList<>(trigger.relatedIncidentKeys());
    related.remove(trigger.incidentKey());
    related.add(trigger.incidentKey());
    int fits = MAX_LINKED_KEYS_LENGTH / (trigger.incidentKey().length() + 1);
    return related.subList(Math.max(0, related.size() - fits), related.size());
  }

  private static String truncate(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length);
  }

  private record OpenProblem(String processInstanceId, String businessKey) {}
}
