package com.yuanjing.itsm.release;

import static com.yuanjing.itsm.release.ReleaseProcess.Variables.*;

import com.yuanjing.itsm.change.PlannedTimes;
import com.yuanjing.itsm.servicelevel.ServiceDirectory;
import com.yuanjing.itsm.validation.Choices;
import com.yuanjing.itsm.validation.FieldChecks;
import com.yuanjing.itsm.validation.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Checks a release as it is registered (start form). */
@Component
public class ReleaseRequestValidator {

  public static final Map<String, String> FIELDS = fields();
  private static final Pattern CHANGE_KEY_FORMAT = Pattern.compile("CHG-\\d{4}-\\d{6}");
  private static final Pattern APPLICATIONS_FORMAT =
      Pattern.compile("\\s*[\\w.-]+\\s*:\\s*[\\w.+-]+\\s*(,\\s*[\\w.-]+\\s*:\\s*[\\w.+-]+\\s*)*");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

  private final ServiceDirectory services;
  private final PlannedTimes plannedTimes;

  public ReleaseRequestValidator(ServiceDirectory services, PlannedTimes plannedTimes) {
    this.services = services;
    this.plannedTimes = plannedTimes;
  }

  public List<FieldError> validate(Map<String, Object> release) {
    List<FieldError> errors = new ArrayList<>(new FieldChecks(release)
        .text(TITLE, FIELDS.get(TITLE), true, 200)
        .oneOf(SERVICE_ID, FIELDS.get(SERVICE_ID), true, services.names())
        .text(CHANGE_KEY, FIELDS.get(CHANGE_KEY), true, 32)
        .text(APPLICATIONS, FIELDS.get(APPLICATIONS), true, 1000)
        .text(DEPLOYED_ON, FIELDS.get(DEPLOYED_ON), true, 500)
        .text(PACKAGE_NAME, FIELDS.get(PACKAGE_NAME), true, 200)
        .text(PACKAGE_CHECKSUM, FIELDS.get(PACKAGE_CHECKSUM), true, 64)
        .text(PACKAGE_LOCATION, FIELDS.get(PACKAGE_LOCATION), true, 500)
        .noOtherFields(FIELDS)
        .errors());
    mustMatch(release, CHANGE_KEY, CHANGE_KEY_FORMAT, "应为变更编号，例如 CHG-2026-000012", errors);
    mustMatch(release, APPLICATIONS, APPLICATIONS_FORMAT, "格式为 应用名:版本，多个用逗号分隔", errors);
    mustMatch(release, PACKAGE_CHECKSUM, SHA256, "应为 64 位十六进制的 SHA-256 校验值", errors);
    errors.addAll(ReleaseEvidence.validate(release));
    checkApplicationLengths(release, errors);
    List<FieldError> startErrors = plannedTimes.validateOne(release, PLANNED_START, FIELDS.get(PLANNED_START));
    if (startErrors.isEmpty()
        && plannedTimes.toDate(release.get(PLANNED_START)).before(ClockUtil.getCurrentTime())) {
      startErrors = List.of(new FieldError(PLANNED_START, FIELDS.get(PLANNED_START), "计划部署时间已过"));
    }
    errors.addAll(startErrors);
    return errors;
  }

  private static void mustMatch(Map<String, Object> release, String field, Pattern format, String message,
      List<FieldError> errors) {
    if (release.get(field) instanceof String value && !value.isBlank() && errors.stream()
        .noneMatch(error -> error.field().equals(field)) && !format.matcher(value).matches()) {
      errors.add(new FieldError(field, FIELDS.get(field), message));
    }
  }

  /** Each application becomes a configuration record; its name and version must fit there. */
  private static void checkApplicationLengths(Map<String, Object> release, List<FieldError> errors) {
    if (!(release.get(APPLICATIONS) instanceof String applications)
        || errors.stream().anyMatch(error -> APPLICATIONS.equals(error.field()))) {
      return;
    }
    for (String application : applications.split(",")) {
      String[] nameAndVersion = application.split(":");
      if (nameAndVersion[0].trim().length() > 100 || nameAndVersion[1].trim().length() > 50) {
        errors.add(new FieldError(APPLICATIONS, FIELDS.get(APPLICATIONS),
            "应用名不能超过 100 个字符，版本不能超过 50 个字符：" + application.trim()));
        return;
      }
    }
  }

  private static Map<String, String> fields() {
    Map<String, String> fields = new LinkedHashMap<>(Choices.of(TITLE, "发布名称", SERVICE_ID, "服务",
        CHANGE_KEY, "授权变更编号", APPLICATIONS, "应用及版本", DEPLOYED_ON, "部署服务器", PLANNED_START, "计划部署时间",
        PACKAGE_NAME, "发布包名称", PACKAGE_CHECKSUM, "发布包 SHA-256 校验值", PACKAGE_LOCATION, "发布包存放位置"));
    fields.putAll(ReleaseEvidence.LABELS);
    return java.util.Collections.unmodifiableMap(fields);
  }
}
