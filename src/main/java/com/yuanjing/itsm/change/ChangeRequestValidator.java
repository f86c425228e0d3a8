package com.yuanjing.itsm.change;

import static com.yuanjing.itsm.change.ChangeProcess.Variables.*;

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
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Checks a request for change, from the start form or from {@code POST /api/changes}, the same way. */
@Component
public class ChangeRequestValidator {

  /** The fields of a request for change and their labels in the start form. */
  public static final Map<String, String> FIELDS = fields();
  static final Map<String, String> SOURCES = Choices.of("MANUAL", "手工提交", "PROBLEM", "问题管理", "RELEASE", "发布管理",
      "CAPACITY", "容量管理");
  static final Map<String, String> STANDARD_CHANGES = Arrays.stream(StandardChange.values())
      .collect(Collectors.toMap(StandardChange::code, StandardChange::label, (a, b) -> a, LinkedHashMap::new));

  private final ServiceDirectory services;
  private final PlannedTimes plannedTimes;

  public ChangeRequestValidator(ServiceDirectory services, PlannedTimes plannedTimes) {
    this.services = services;
    this.plannedTimes = plannedTimes;
  }

  public List<FieldError> validate(Map<String, Object> request) {
    FieldChecks checks = new FieldChecks(request)
        .text(TITLE, FIELDS.get(TITLE), true, 200)
        .oneOf(SERVICE_ID, FIELDS.get(SERVICE_ID), true, services.names())
        .text(AFFECTED_ITEMS, FIELDS.get(AFFECTED_ITEMS), false, 1000)
        .text(CONFIGURATION_ITEM_IDS, FIELDS.get(CONFIGURATION_ITEM_IDS), false, 200)
        .text(REASON, FIELDS.get(REASON), true, 2000)
        .text(DESCRIPTION, FIELDS.get(DESCRIPTION), true, 4000)
        .oneOf(STANDARD_CHANGE_ID, FIELDS.get(STANDARD_CHANGE_ID), false, STANDARD_CHANGES)
        .optionalBoolean(EMERGENCY, FIELDS.get(EMERGENCY))
        .text(EMERGENCY_JUSTIFICATION, FIELDS.get(EMERGENCY_JUSTIFICATION), Boolean.TRUE.equals(request.get(EMERGENCY)),
            2000)
        .optionalBoolean(DOWNTIME_REQUIRED, FIELDS.get(DOWNTIME_REQUIRED))
        .optionalBoolean(DONE_BEFORE, FIELDS.get(DONE_BEFORE))
        .optionalBoolean(TESTED, FIELDS.get(TESTED))
        .text(IMPLEMENTATION_PLAN, FIELDS.get(IMPLEMENTATION_PLAN), true, 4000)
        .text(TEST_PLAN, FIELDS.get(TEST_PLAN), true, 4000)
        .text(BACKOUT_PLAN, FIELDS.get(BACKOUT_PLAN), false, 4000)
        .oneOf(SOURCE, FIELDS.get(SOURCE), false, SOURCES)
        .text(SOURCE_KEY, FIELDS.get(SOURCE_KEY), false, 32)
        .noOtherFields(FIELDS);
    List<FieldError> errors = new ArrayList<>(checks.errors());
    errors.addAll(plannedTimes.validate(request, FIELDS.get(PLANNED_START), FIELDS.get(PLANNED_END)));
    return errors;
  }

  private static Map<String, String> fields() {
    return Choices.of(
        TITLE, "变更标题",
        SERVICE_ID, "受影响服务",
        AFFECTED_ITEMS, "受影响的配置项",
        CONFIGURATION_ITEM_IDS, "配置项编号",
        REASON, "变更原因",
        DESCRIPTION, "变更内容",
        STANDARD_CHANGE_ID, "标准变更",
        EMERGENCY, "紧急变更",
        EMERGENCY_JUSTIFICATION, "紧急理由",
        DOWNTIME_REQUIRED, "需要停机",
        DONE_BEFORE, "以前做过同类变更",
        TESTED, "已在测试环境验证",
        PLANNED_START, "计划开始时间",
        PLANNED_END, "计划结束时间",
        IMPLEMENTATION_PLAN, "实施方案",
        TEST_PLAN, "测试方案",
        BACKOUT_PLAN, "回退方案",
        SOURCE, "来源",
        SOURCE_KEY, "来源编号");
  }

}
