package com.yuanjing.itsm.reporting;

import static com.yuanjing.itsm.reporting.ServiceReportingProcess.Variables.*;

import com.yuanjing.itsm.change.PlannedTimes;
import com.yuanjing.itsm.identity.ItsmGroup;
import com.yuanjing.itsm.identity.SystemActions;
import com.yuanjing.itsm.servicelevel.ItService;
import com.yuanjing.itsm.servicelevel.ServiceDirectory;
import com.yuanjing.itsm.validation.Choices;
import com.yuanjing.itsm.validation.FieldChecks;
import com.yuanjing.itsm.validation.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Checks a report as it is requested (start form), or as the schedule of periodic service reports asks for it. */
@Component
public class ReportRequestValidator {

  public static final Map<String, String> FIELDS = Choices.of(REPORT_TYPE, "报告类型", CUSTOMER, "客户",
      SERVICE_ID, "服务", TITLE, "报告标题", DUE_AT, "截止时间", AUTHOR, "编写人", REQUIREMENTS, "报告要求");
  /** The schedule also names the month or quarter a periodic service report covers. */
  static final Map<String, String> SCHEDULED_FIELDS = scheduledFields();

  private final ServiceDirectory services;
  private final PlannedTimes times;
  private final IdentityService identityService;

  public ReportRequestValidator(ServiceDirectory services, PlannedTimes times, IdentityService identityService) {
    this.services = services;
    this.times = times;
    this.identityService = identityService;
  }

  public List<FieldError> validate(Map<String, Object> request, boolean scheduled) {
    FieldChecks checks = new FieldChecks(request)
        .oneOf(REPORT_TYPE, FIELDS.get(REPORT_TYPE), true, ReportType.class, ReportType::label)
        .text(CUSTOMER, FIELDS.get(CUSTOMER), true, 100)
        .oneOf(SERVICE_ID, FIELDS.get(SERVICE_ID), false, services.names())
        .text(TITLE, FIELDS.get(TITLE), true, 200)
        .text(AUTHOR, FIELDS.get(AUTHOR), false, 64)
        .text(REQUIREMENTS, FIELDS.get(REQUIREMENTS), true, 4000);
    if (scheduled) {
      checks.text(REPORT_PERIOD, SCHEDULED_FIELDS.get(REPORT_PERIOD), true, 7);
    }
    List<FieldError> errors = new ArrayList<>(checks.noOtherFields(scheduled ? SCHEDULED_FIELDS : FIELDS).errors());
    List<FieldError> dueErrors = times.validateOne(request, DUE_AT, FIELDS.get(DUE_AT));
    // a scheduled report is due when its period says, even when the run comes late
    if (!scheduled && dueErrors.isEmpty() && !times.toDate(request.get(DUE_AT)).after(ClockUtil.getCurrentTime())) {
      dueErrors = List.of(new FieldError(DUE_AT, FIELDS.get(DUE_AT), "必须晚于当前时间"));
    }
    errors.addAll(dueErrors);
    if (noErrorOn(errors, SERVICE_ID) && noErrorOn(errors, CUSTOMER)) {
      service(request).map(ItService::customer)
          .filter(customer -> !customer.equals(((String) request.get(CUSTOMER)).trim()))
          .ifPresent(customer -> errors.add(new FieldError(CUSTOMER, FIELDS.get(CUSTOMER),
              "与所选服务的客户（" + customer + "）不一致")));
    }
    if (noErrorOn(errors, AUTHOR) && request.get(AUTHOR) instanceof String author && !author.isBlank()
        && !isEngineer(author.trim())) {
      errors.add(new FieldError(AUTHOR, FIELDS.get(AUTHOR), "“" + author + "”不是运维工程师组的用户"));
    }
    return errors;
  }

  /** The service the report is about, if one is named. */
  Optional<ItService> service(Map<String, Object> request) {
    return request.get(SERVICE_ID) instanceof String id && !id.isBlank() ? services.find(id) : Optional.empty();
  }

  private boolean isEngineer(String userId) {
    return SystemActions.run(() -> identityService.createUserQuery().userId(userId)
        .memberOfGroup(ItsmGroup.OPS_ENGINEERS.id()).count() > 0);
  }

  private static boolean noErrorOn(List<FieldError> errors, String field) {
    return errors.stream().noneMatch(error -> error.field().equals(field));
  }

  private static Map<String, String> scheduledFields() {
    Map<String, String> fields = new LinkedHashMap<>(FIELDS);
    fields.put(REPORT_PERIOD, "报告周期");
    return java.util.Collections.unmodifiableMap(fields);
  }
}
