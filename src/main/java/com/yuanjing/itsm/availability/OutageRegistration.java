package com.yuanjing.itsm.availability;

import static com.yuanjing.itsm.availability.AvailabilityProcess.Variables.*;

import com.yuanjing.itsm.incident.IncidentCategory;
import com.yuanjing.itsm.numbering.BusinessKeys;
import com.yuanjing.itsm.servicelevel.ServiceDirectory;
import com.yuanjing.itsm.sla.BusinessCalendar;
import com.yuanjing.itsm.validation.Choices;
import com.yuanjing.itsm.validation.FieldChecks;
import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.InvalidInputException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

/**
 * The rules of the outage process's forms and reports: the registration (start form 登记服务中断, or the
 * report of an incident or an alert), the restoration (确认服务恢复) and the review (回顾服务中断).
 */
@Service
public class OutageRegistration {

  static final String INVALID_REPORT = "服务中断登记有误，请修正以下字段";
  static final Map<String, String> PROBLEM_DECISIONS = Choices.of(
      AvailabilityProcess.ProblemDecision.NONE, "无需问题管理",
      AvailabilityProcess.ProblemDecision.LINK, "关联已有问题",
      AvailabilityProcess.ProblemDecision.RAISE, "发起新问题");
  static final Pattern CHANGE_KEY_PATTERN = Pattern.compile("CHG-\\d{4}-\\d{6}");
  static final Pattern PROBLEM_KEY_PATTERN = Pattern.compile("PRB-\\d{4}-\\d{6}");

  /** The fields of the start form 登记服务中断; a manual registration may send nothing else. */
  static final Map<String, String> FORM_FIELDS = Choices.of(
      SERVICE_ID, "服务",
      STARTED_AT, "中断开始时间",
      RESTORED_AT, "恢复时间",
      CAUSE, "中断原因",
      PLANNED, "计划内维护",
      CHANGE_KEY, "变更单号");
  /** What a report of an incident or an alert (message ServiceOutageReported) carries; anything else is dropped. */
  static final List<String> REPORT_FIELDS = List.of(SERVICE_ID, STARTED_AT, CAUSE, PLANNED, SOURCE, SOURCE_KEY,
      REPORTED_BY);

  private final ServiceDirectory services;
  private final BusinessKeys businessKeys;
  private final OutageProblems problems;
  private final MaintenanceChanges changes;
  private final OutageReports reports;
  private final ZoneId zone;

  public OutageRegistration(ServiceDirectory services, BusinessKeys businessKeys, OutageProblems problems,
      MaintenanceChanges changes, OutageReports reports, BusinessCalendar calendar) {
    this.services = services;
    this.businessKeys = businessKeys;
    this.problems = problems;
    this.changes = changes;
    this.reports = reports;
    this.zone = calendar.zone();
  }

  /**
   * Checks an outage registered by hand (start form 登记服务中断): only the form's fields (the engine's
   * initiator aside, which the caller sets itself), a planned outage's change must exist, be approved and
   * concern the service, and an unplanned outage of a service that has an ongoing one is refused (it is the
   * same interruption). Returns the facts it is registered with, source MANUAL; throws when invalid.
   */
  public Map<String, Object> manualRegistration(Map<String, Object> registered) {
    Map<String, Object> form = new HashMap<>(registered);
    form.remove(REPORTED_BY); // set by the engine (camunda:initiator); the caller replaces it with the user
    List<FieldError> extra = new FieldChecks(form).noOtherFields(FORM_FIELDS).errors();
    InvalidInputException.throwIfAny(INVALID_REPORT, extra);
    Map<String, Object> registration = registration(form, true);
    String serviceId = (String) registration.get(SERVICE_ID);
    List<FieldError> errors = new ArrayList<>();
    if (Boolean.TRUE.equals(registration.get(PLANNED))) {
      List<String> problems = changes.registrationProblems((String) registration.get(CHANGE_KEY), serviceId);
      if (!problems.isEmpty()) {
        errors.add(new FieldError(CHANGE_KEY, "变更单号", String.join("；", problems)));
      }
    } else {
      Date end = (Date) registration.get(RESTORED_AT);
      reports.ongoingOutage(serviceId)
          .filter(ongoing -> end == null || ongoing.startedAt() == null || end.toInstant().isAfter(ongoing.startedAt()))
          .ifPresent(ongoing -> errors.add(new FieldError(SERVICE_ID, "服务", "服务“" + registration.get(SERVICE_NAME)
              + "”已有进行中的服务中断 " + ongoing.outageKey() + "，请在该中断中处理，不要重复登记")));
    }
    InvalidInputException.throwIfAny(INVALID_REPORT, errors);
    return registration;
  }

  /**
   * Checks an outage reported by an incident or an alert (message ServiceOutageReported): only the report's
   * keys are kept (see {@link #REPORT_FIELDS}). Returns the facts it is registered with; throws when invalid.
   */
  public Map<String, Object> reportRegistration(Map<String, Object> reported) {
    Map<String, Object> report = new HashMap<>();
    for (String field : REPORT_FIELDS) {
      if (reported.containsKey(field)) {
        report.put(field, reported.get(field));
      }
    }
    return registration(report, false);
  }

  /**
   * Checks a reported outage and returns the facts it is registered with (times as dates, the source, the
   * service's name, the state ONGOING); throws when the report is invalid, which rolls the start back.
   */
  private Map<String, Object> registration(Map<String, Object> reported, boolean manual) {
    Instant now = now();
    List<FieldError> errors = new ArrayList<>(new FieldChecks(reported)
        .oneOf(SERVICE_ID, "服务", true, services.names())
        .text(CAUSE, "中断原因", true, 500)
        .optionalBoolean(PLANNED, "计划内维护")
        .oneOf(SOURCE, "中断来源", false, sources())
        .text(SOURCE_KEY, "来源编号", false, 64)
        .errors());
    Optional<Instant> start = OutageTimes.check(reported.get(STARTED_AT), STARTED_AT, "中断开始时间", true, now, zone,
        errors);
    Optional<Instant> end = OutageTimes.check(reported.get(RESTORED_AT), RESTORED_AT, "恢复时间", false, now, zone,
        errors);
    if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
      errors.add(new FieldError(RESTORED_AT, "恢复时间", "不能早于中断开始时间"));
    }
    boolean planned = Boolean.TRUE.equals(reported.get(PLANNED));
    Object changeKey = reported.get(CHANGE_KEY);
    if (planned && OutageTimes.isBlank(changeKey)) {
      errors.add(new FieldError(CHANGE_KEY, "变更单号", "计划内维护必须填写批准其窗口的变更单号"));
    } else if (!OutageTimes.isBlank(changeKey)
        && !(changeKey instanceof String key && CHANGE_KEY_PATTERN.matcher(key.strip()).matches())) {
      errors.add(new FieldError(CHANGE_KEY, "变更单号", "应为变更单号，例如 CHG-2026-000012"));
    }
    OutageSource source = !manual && reported.get(SOURCE) instanceof String code && sources().containsKey(code)
        ? OutageSource.valueOf(code) : OutageSource.MANUAL;
    if (source != OutageSource.MANUAL && OutageTimes.isBlank(reported.get(SOURCE_KEY))) {
      errors.add(new FieldError(SOURCE_KEY, "来源编号", "来源为" + source.label() + "时不能为空"));
    }
    InvalidInputException.throwIfAny(INVALID_REPORT, errors);

    Map<String, Object> registration = new HashMap<>();
    registration.put(SERVICE_NAME, services.find((String) reported.get(SERVICE_ID)).orElseThrow().name());
    registration.put(CAUSE, ((String) reported.get(CAUSE)).strip());
    registration.put(STARTED_AT, Date.from(start.orElseThrow()));
    registration.put(RESTORED_AT, end.map(Date::from).orElse(null));
    registration.put(PLANNED, planned);
    registration.put(CHANGE_KEY, OutageTimes.isBlank(changeKey) ? null : ((String) changeKey).strip());
    registration.put(SERVICE_ID, reported.get(SERVICE_ID));
    registration.put(SOURCE, source.name());
    registration.put(SOURCE_KEY, source == OutageSource.MANUAL ? null : ((String) reported.get(SOURCE_KEY)).strip());
    registration.put(REPORTED_BY, reported.get(REPORTED_BY));
    registration.put(REPORTED_AT, Date.from(now));
    registration.put(OUTAGE_STATE, AvailabilityProcess.OutageState.ONGOING);
    return registration;
  }

  public String nextBusinessKey() {
    return businessKeys.next(AvailabilityProcess.BUSINESS_KEY_PREFIX);
  }

  /** The form 确认服务恢复: when the service was restored, not before the outage began nor in the future. */
  public List<FieldError> validateRestoration(Map<String, Object> values) {
    List<FieldError> errors = new ArrayList<>();
    Optional<Instant> end = OutageTimes.check(values.get(RESTORED_AT), RESTORED_AT, "恢复时间", true, now(), zone,
        errors);
    if (end.isPresent() && values.get(STARTED_AT) instanceof Date start && end.get().isBefore(start.toInstant())) {
      errors.add(new FieldError(RESTORED_AT, "恢复时间", "不能早于中断开始时间"));
    }
    return errors;
  }

  /** A valid time of a form (text or date) as a date. */
  public Date toDate(Object value) {
    return Date.from(OutageTimes.parse(value, zone).orElseThrow());
  }

  /**
   * The form 回顾服务中断: the root cause, and whether a problem is needed: an existing one (which must
   * exist) or a new one (which needs its category).
   */
  public List<FieldError> validateReview(Map<String, Object> values) {
    FieldChecks checks = new FieldChecks(values)
        .text(ROOT_CAUSE, "根本原因", true, 2000)
        .oneOf(PROBLEM_DECISION, "问题管理", true, PROBLEM_DECISIONS);
    Object decision = values.get(PROBLEM_DECISION);
    List<FieldError> errors = new ArrayList<>();
    if (AvailabilityProcess.ProblemDecision.LINK.equals(decision)) {
      checks.text(PROBLEM_KEY, "问题单号", true, 32);
      if (values.get(PROBLEM_KEY) instanceof String key && !key.isBlank()) {
        if (!PROBLEM_KEY_PATTERN.matcher(key.strip()).matches()) {
          errors.add(new FieldError(PROBLEM_KEY, "问题单号", "应为问题单号，例如 PRB-2026-000012"));
        } else if (!problems.exists(key.strip())) {
          errors.add(new FieldError(PROBLEM_KEY, "问题单号", "问题“" + key.strip() + "”不存在"));
        }
      }
    } else if (AvailabilityProcess.ProblemDecision.RAISE.equals(decision)) {
      checks.oneOf(PROBLEM_CATEGORY, "问题分类", true, IncidentCategory.class, IncidentCategory::label);
    }
    errors.addAll(0, checks.errors());
    return errors;
  }

  private static Map<String, String> sources() {
    Map<String, String> sources = new java.util.LinkedHashMap<>();
    for (OutageSource source : OutageSource.values()) {
      sources.put(source.name(), source.label());
    }
    return sources;
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
