package com.yuanjing.itsm.problem;

import static com.yuanjing.itsm.problem.ProblemProcess.Variables.*;

import com.yuanjing.itsm.incident.IncidentCategory;
import com.yuanjing.itsm.servicelevel.ServiceDirectory;
import com.yuanjing.itsm.validation.Choices;
import com.yuanjing.itsm.validation.FieldChecks;
import com.yuanjing.itsm.validation.FieldError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Checks a problem as it is raised: by hand (start form) or by the incident process. */
@Component
public class ProblemReportValidator {

  public static final Map<String, String> FIELDS = fields();
  static final Map<String, String> SOURCES = Choices.of("PRODUCT_DEFECT", "产品缺陷", "TREND", "趋势分析",
      "RECURRING_INCIDENTS", "事件重复发生", "MAJOR_INCIDENT", "重大事件回顾", "SERVICE_OUTAGE", "服务中断回顾");
  private static final Pattern INCIDENT_KEYS = Pattern.compile("\\s*INC-\\d{4}-\\d{6}\\s*(,\\s*INC-\\d{4}-\\d{6}\\s*)*");

  private final ServiceDirectory services;

  public ProblemReportValidator(ServiceDirectory services) {
    this.services = services;
  }

  public List<FieldError> validate(Map<String, Object> report) {
    List<FieldError> errors = new ArrayList<>(new FieldChecks(report)
        .text(TITLE, FIELDS.get(TITLE), true, 200)
        .oneOf(SERVICE_ID, FIELDS.get(SERVICE_ID), true, services.names())
        .oneOf(CATEGORY, FIELDS.get(CATEGORY), true, IncidentCategory.class, IncidentCategory::label)
        .oneOf(SOURCE, FIELDS.get(SOURCE), true, SOURCES)
        .text(DESCRIPTION, FIELDS.get(DESCRIPTION), true, 4000)
        .text(LINKED_INCIDENT_KEYS, FIELDS.get(LINKED_INCIDENT_KEYS), false, ProblemService.MAX_LINKED_KEYS_LENGTH)
        .noOtherFields(FIELDS)
        .errors());
    if (report.get(LINKED_INCIDENT_KEYS) instanceof String keys && !keys.isBlank()
        && !INCIDENT_KEYS.matcher(keys).matches()) {
      errors.add(new FieldError(LINKED_INCIDENT_KEYS, FIELDS.get(LINKED_INCIDENT_KEYS),
          "应为逗号分隔的事件编号，例如 INC-2026-000012,INC-2026-000015"));
    }
    return errors;
  }

  private static Map<String, String> fields() {
    return Choices.of(TITLE, "问题标题", SERVICE_ID, "受影响服务", CATEGORY, "分类",
        SOURCE, "来源", DESCRIPTION, "问题描述", LINKED_INCIDENT_KEYS, "关联事件编号");
  }

}
