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
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.stereotype.Service;

/** Requests of service reports, their deadlines, and the periodic service reports per customer. */
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
    return calendar.subtractWorkingDays(dueAt, properties.reminderWorkingDays(), SupportHours.BUSINESS_HOURS);
  }

  /**
   * The periodic service reports due at {@code now} (the run on the first day of a month): one per customer
   * of the configured services, for the month just ended, or for the quarter just ended when the customer is
   * one of the quarterly customers (nothing for them in the other months); minus the customers that already
   * have theirs (open, submitted or cancelled). Each is due the configured number of working days after its
   * period (at the end of that working day).
   */
  public List<Map<String, Object>> serviceReportsDue(Instant now) {
    YearMonth month = YearMonth.from(now.atZone(calendar.zone())).minusMonths(1);
    boolean quarterEnded = month.getMonthValue() % 3 == 0;
    Instant periodEnd = month.plusMonths(1).atDay(1).atStartOfDay(calendar.zone()).toInstant();
    Date dueAt = Date.from(calendar.addWorkingDays(periodEnd, properties.serviceReportDueWorkingDays(),
        SupportHours.BUSINESS_HOURS));
    Set<String> customers = new LinkedHashSet<>();
    services.all().stream().map(ItService::customer).filter(customer -> customer != null && !customer.isBlank())
        .forEach(customers::add);
    List<Map<String, Object>> due = new ArrayList<>();
    for (String customer : customers) {
      boolean quarterly = properties.quarterlyCustomers().contains(customer.trim());
      if (quarterly && !quarterEnded) {
        continue;
      }
      String period = quarterly ? month.getYear() + "-Q" + month.getMonthValue() / 3 : month.toString();
      if (hasServiceReport(customer, period)) {
        continue;
      }
      String covered = quarterly ? month.getYear() + "年第" + month.getMonthValue() / 3 + "季度"
          : month.getYear() + "年" + month.getMonthValue() + "月";
      Map<String, Object> request = new HashMap<>();
      request.put(REPORT_TYPE, ReportType.SERVICE_REPORT.name());
      request.put(CUSTOMER, customer);
      request.put(TITLE, customer + " " + covered + "服务报告");
      request.put(DUE_AT, dueAt);
      request.put(REQUIREMENTS, (quarterly ? "按季度" : "按月") + "向客户提交的服务报告：" + covered
          + "各服务的运行情况、事件与变更、服务级别达成情况及改进建议");
      request.put(REPORT_PERIOD, period);
      due.add(request);
    }
    return due;
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
