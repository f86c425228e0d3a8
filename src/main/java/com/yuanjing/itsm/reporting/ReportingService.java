package com.yuanjing.itsm.reporting;

import static com.yuanjing.itsm.reporting.ServiceReportingProcess.Variables.*;

import com.yuanjing.itsm.audit.ProcessRecords;
import com.yuanjing.itsm.change.PlannedTimes;
import com.yuanjing.itsm.identity.SystemActions;
import com.yuanjing.itsm.numbering.BusinessKeys;
import com.yuanjing.itsm.servicelevel.ItService;
import com.yuanjing.itsm.servicelevel.ServiceDirectory;
import com.yuanjing.itsm.sla.BusinessCalendar;
import com.yuanjing.itsm.sla.SupportHours;
import com.yuanjing.itsm.validation.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.stereotype.Service;

/** Requests of service reports, their deadlines, and the monthly service reports per customer. */
@Service
public class ReportingService {

  static final String INVALID_REQUEST = "报告申请有误，请修正以下字段";

  private final ReportRequestValidator validator;
  private final ServiceDirectory services;
  private final PlannedTimes times;
  private final BusinessCalendar calendar;
  private final ReportingProperties properties;
  private final BusinessKeys businessKeys;
  private final HistoryService historyService;
  private final ProcessRecords records;

  public ReportingService(ReportRequestValidator validator, ServiceDirectory services, PlannedTimes times,
      BusinessCalendar calendar, ReportingProperties properties, BusinessKeys businessKeys,
      HistoryService historyService, ProcessRecords records) {
    this.validator = validator;
    this.services = services;
    this.times = times;
    this.calendar = calendar;
    this.properties = properties;
    this.businessKeys = businessKeys;
    this.historyService = historyService;
    this.records = records;
  }

  /**
   * The facts a report starts with; throws when the request is invalid. Every variable the caller passed
   * is checked, so facts the process sets itself (submittedAt, ...) cannot be smuggled in.
   */
  public Map<String, Object> registration(Map<String, Object> requestVariables, boolean scheduled) {
    Map<String, Object> request = new HashMap<>(requestVariables);
    request.remove(REQUESTED_BY);
    InvalidInputException.throwIfAny(INVALID_REQUEST, validator.validate(request, scheduled));
    Date dueAt = times.toDate(request.get(DUE_AT));
    Optional<ItService> service = validator.service(request);
    Map<String, Object> registration = new HashMap<>();
    registration.put(REPORT_TYPE, request.get(REPORT_TYPE));
    registration.put(CUSTOMER, ((String) request.get(CUSTOMER)).trim());
    registration.put(SERVICE_ID, service.map(ItService::id).orElse(null));
    registration.put(SERVICE_NAME, service.map(ItService::name).orElse(null));
    registration.put(TITLE, ((String) request.get(TITLE)).trim());
    registration.put(DUE_AT, dueAt);
    registration.put(REMINDER_AT, Date.from(reminderAt(dueAt.toInstant())));
    registration.put(AUTHOR, request.get(AUTHOR) instanceof String author && !author.isBlank() ? author.trim() : null);
    registration.put(REQUIREMENTS, request.get(REQUIREMENTS));
    if (scheduled) {
      registration.put(REPORT_PERIOD, request.get(REPORT_PERIOD));
    }
    return registration;
  }

  /** The configured number of working days before the due date, at the due date's time of day. */
  Instant reminderAt(Instant dueAt) {
    ZonedDateTime due = dueAt.atZone(calendar.zone());
    LocalDate day = due.toLocalDate();
    for (int left = properties.reminderWorkingDays(); left > 0; ) {
      day = day.minusDays(1);
      if (calendar.holidays().isWorkingDay(day)) {
        left--;
      }
    }
    return due.with(day).toInstant();
  }

  /**
   * The periodic service reports due for the month before {@code now}: one per customer of the configured
   * services, minus the customers that already have theirs (open, submitted or cancelled), each due the
   * configured number of working days after the month (at the end of that working day).
   */
  public List<Map<String, Object>> serviceReportsDue(Instant now) {
    YearMonth month = YearMonth.from(now.atZone(calendar.zone())).minusMonths(1);
    Instant monthEnd = month.plusMonths(1).atDay(1).atStartOfDay(calendar.zone()).toInstant();
    Date dueAt = Date.from(calendar.addWorkingDays(monthEnd, properties.serviceReportDueWorkingDays(),
        SupportHours.BUSINESS_HOURS));
    Set<String> customers = new LinkedHashSet<>();
    services.all().stream().map(ItService::customer).filter(customer -> customer != null && !customer.isBlank())
        .forEach(customers::add);
    String period = month.toString();
    return customers.stream().filter(customer -> !hasServiceReport(customer, period)).map(customer -> {
      Map<String, Object> request = new HashMap<>();
      request.put(REPORT_TYPE, ReportType.SERVICE_REPORT.name());
      request.put(CUSTOMER, customer);
      request.put(TITLE, customer + " " + month.getYear() + "年" + month.getMonthValue() + "月服务报告");
      request.put(DUE_AT, dueAt);
      request.put(REQUIREMENTS, "按月向客户提交的服务报告：" + month.getYear() + "年" + month.getMonthValue()
          + "月各服务的运行情况、事件与变更、服务级别达成情况及改进建议");
      request.put(REPORT_PERIOD, period);
      return request;
    }).toList();
  }

  private boolean hasServiceReport(String customer, String period) {
    return SystemActions.run(() -> historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ServiceReportingProcess.KEY)
        .variableValueEquals(CUSTOMER, customer)
        .variableValueEquals(REPORT_PERIOD, period)
        .count() > 0);
  }

  /** The open or closed report with this key; empty when unknown or not readable by the current user. */
  public Optional<ServiceReportView> find(String businessKey) {
    return records.find(ServiceReportingProcess.KEY, businessKey).map(record -> ServiceReportView.of(businessKey,
        record.instance().getId(), record.instance().getEndActivityId(), record.variables()));
  }

  public String nextBusinessKey() {
    return businessKeys.next(ServiceReportingProcess.BUSINESS_KEY_PREFIX);
  }
}
