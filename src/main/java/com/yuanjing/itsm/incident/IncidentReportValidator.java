package com.yuanjing.itsm.incident;

import static com.yuanjing.itsm.incident.IncidentProcess.Variables.*;

import com.yuanjing.itsm.servicelevel.ServiceDirectory;
import com.yuanjing.itsm.validation.FieldChecks;
import com.yuanjing.itsm.validation.FieldError;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Checks an incident report, from the start form or from {@code POST /api/incidents}, the same way. */
@Component
public class IncidentReportValidator {

  /** The fields of a report and their labels in the start form. */
  public static final Map<String, String> FIELDS = fields();

  private final ServiceDirectory services;

  public IncidentReportValidator(ServiceDirectory services) {
    this.services = services;
  }

  public List<FieldError> validate(Map<String, Object> report) {
    return new FieldChecks(report)
        .text(REPORTER, FIELDS.get(REPORTER), true, 50)
        .text(REPORTER_CONTACT, FIELDS.get(REPORTER_CONTACT), true, 100)
        .oneOf(SERVICE_ID, FIELDS.get(SERVICE_ID), true, services.names())
        .oneOf(INCIDENT_TYPE, FIELDS.get(INCIDENT_TYPE), true, IncidentType.class, IncidentType::label)
        .oneOf(IMPACT, FIELDS.get(IMPACT), true, Severity.class, Severity::label)
        .oneOf(URGENCY, FIELDS.get(URGENCY), true, Severity.class, Severity::label)
        .oneOf(CATEGORY, FIELDS.get(CATEGORY), false, IncidentCategory.class, IncidentCategory::label)
        .text(SUMMARY, FIELDS.get(SUMMARY), true, 200)
        .text(DESCRIPTION, FIELDS.get(DESCRIPTION), true, 4000)
        .optionalBoolean(MAJOR, FIELDS.get(MAJOR))
        .text(CONFIGURATION_ITEM_IDS, FIELDS.get(CONFIGURATION_ITEM_IDS), false, 200)
        .noOtherFields(FIELDS)
        .errors();
  }

  private static Map<String, String> fields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put(REPORTER, "报告人");
    fields.put(REPORTER_CONTACT, "联系方式");
    fields.put(SERVICE_ID, "受影响服务");
    fields.put(INCIDENT_TYPE, "事件类型");
    fields.put(IMPACT, "影响度");
    fields.put(URGENCY, "紧急度");
    fields.put(CATEGORY, "分类");
    fields.put(SUMMARY, "摘要");
    fields.put(DESCRIPTION, "详细描述");
    fields.put(MAJOR, "重大事件");
    fields.put(CONFIGURATION_ITEM_IDS, "故障配置项编号");
    return Collections.unmodifiableMap(fields);
  }
}
