package com.yuanjing.itsm.configuration;

import static com.yuanjing.itsm.configuration.ConfigurationItemService.blankToNull;
import static com.yuanjing.itsm.configuration.ConfigurationProcess.Variables.*;

import com.yuanjing.itsm.servicelevel.ServiceDirectory;
import com.yuanjing.itsm.validation.Choices;
import com.yuanjing.itsm.validation.FieldChecks;
import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.InvalidInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Turns the variables of a configuration request (start form) into the {@link ConfigurationRequest} and
 * {@link ChangeAuthority} the CMDB judges. The form's shape is checked here (codes, numbers, lengths,
 * unknown fields); what an item needs and whether a production item is authorised is the CMDB's rule.
 */
@Component
public class ConfigurationRequests {

  static final String INVALID_REQUEST = "配置申请有误，请修正以下字段";
  public static final Map<String, String> FIELDS = Choices.of(OPERATION, "操作", ITEM_ID, "配置项编号",
      CI_TYPE, "配置项类型", NAME, "名称", SERVICE_ID, "服务", ENVIRONMENT, "环境", VERSION, "版本",
      LOCATION, "位置", OWNER, "负责人", DESCRIPTION, "描述", REASON, "申请原因", CHANGE_KEY, "变更编号",
      RELEASE_KEY, "发布编号", REQUESTED_BY, "申请人");
  private static final Pattern CHANGE_KEY_FORMAT = Pattern.compile("CHG-\\d{4}-\\d{6}");
  private static final Pattern RELEASE_KEY_FORMAT = Pattern.compile("REL-\\d{4}-\\d{6}");

  private final ConfigurationRegistry registry;
  private final ServiceDirectory services;

  public ConfigurationRequests(ConfigurationRegistry registry, ServiceDirectory services) {
    this.registry = registry;
    this.services = services;
  }

  /**
   * Checks a new request, its shape here and its content with the CMDB, and returns the variables it is
   * kept with (the item id as a number, for an update or retirement the item's revision now, the
   * service's name and a one-line summary); throws when the request is invalid. Every variable the
   * starter passed is checked: none of the process's own (such as the revision) can be smuggled in at
   * the start.
   */
  public Map<String, Object> registration(Map<String, Object> variables, String requester) {
    InvalidInputException.throwIfAny(INVALID_REQUEST, shapeErrors(variables));
    recheck(variables, requester);
    ConfigurationRequest request = request(variables);
    String serviceName = request.serviceId() == null ? null
        : services.find(request.serviceId()).map(service -> service.name()).orElse(null);
    Map<String, Object> registration = new HashMap<>();
    registration.put(ITEM_ID, request.itemId());
    if (request.operation() != ConfigurationRequest.Operation.REGISTER) {
      // what the request was made against: the record step refuses it when the item changes in between
      registration.put(ITEM_REVISION, registry.currentRevision(request.itemId()));
    }
    registration.put(SERVICE_NAME, serviceName);
    String item = request.name() != null ? request.name() : "配置项 " + request.itemId();
    registration.put(SUMMARY, request.operation().label() + " " + item
        + (serviceName == null ? "" : "（" + serviceName + "）"));
    return registration;
  }

  /** The CMDB's check of a request that passed {@link #registration}, as things stand now. */
  public void recheck(Map<String, Object> variables, String requester) {
    registry.check(request(variables), authority(variables, requester));
  }

  /**
   * The request the variables describe, with the item's revision when the request was made (none at the
   * start, where it is read after this check); the variables have passed {@link #registration}.
   */
  public ConfigurationRequest request(Map<String, Object> variables) {
    String type = blankToNull(variables.get(CI_TYPE));
    String environment = blankToNull(variables.get(ENVIRONMENT));
    return new ConfigurationRequest(ConfigurationRequest.Operation.valueOf((String) variables.get(OPERATION)),
        itemId(variables), type == null ? null : CiType.valueOf(type), blankToNull(variables.get(NAME)),
        blankToNull(variables.get(SERVICE_ID)), environment == null ? null : Environment.valueOf(environment),
        blankToNull(variables.get(VERSION)), blankToNull(variables.get(LOCATION)), blankToNull(variables.get(OWNER)),
        blankToNull(variables.get(DESCRIPTION)),
        variables.get(ITEM_REVISION) instanceof Number revision ? revision.intValue() : null);
  }

  /** Who asks, why, and under which change or release. */
  public ChangeAuthority authority(Map<String, Object> variables, String requester) {
    return new ChangeAuthority(requester, blankToNull(variables.get(REASON)), blankToNull(variables.get(CHANGE_KEY)),
        blankToNull(variables.get(RELEASE_KEY)), null);
  }

  private static List<FieldError> shapeErrors(Map<String, Object> form) {
    List<FieldError> errors = new ArrayList<>(new FieldChecks(form)
        .oneOf(OPERATION, FIELDS.get(OPERATION), true, ConfigurationRequest.Operation.class,
            ConfigurationRequest.Operation::label)
        .oneOf(CI_TYPE, FIELDS.get(CI_TYPE), false, CiType.class, CiType::label)
        .oneOf(ENVIRONMENT, FIELDS.get(ENVIRONMENT), false, Environment.class, Environment::label)
        .text(NAME, FIELDS.get(NAME), false, 100)
        .text(SERVICE_ID, FIELDS.get(SERVICE_ID), false, 64)
        .text(VERSION, FIELDS.get(VERSION), false, 50)
        .text(LOCATION, FIELDS.get(LOCATION), false, 500)
        .text(OWNER, FIELDS.get(OWNER), false, 64)
        .text(DESCRIPTION, FIELDS.get(DESCRIPTION), false, 2000)
        .text(REASON, FIELDS.get(REASON), true, 2000)
        .text(CHANGE_KEY, FIELDS.get(CHANGE_KEY), false, 32)
        .text(RELEASE_KEY, FIELDS.get(RELEASE_KEY), false, 32)
        .noOtherFields(FIELDS)
        .errors());
    Object itemId = form.get(ITEM_ID);
    if (itemId != null && !(itemId instanceof String s && s.isBlank()) && parseItemId(itemId) == null) {
      errors.add(new FieldError(ITEM_ID, FIELDS.get(ITEM_ID), "必须是正整数"));
    }
    mustMatch(form, CHANGE_KEY, CHANGE_KEY_FORMAT, "应为变更编号，例如 CHG-2026-000012", errors);
    mustMatch(form, RELEASE_KEY, RELEASE_KEY_FORMAT, "应为发布编号，例如 REL-2026-000008", errors);
    return errors;
  }

  private static void mustMatch(Map<String, Object> form, String field, Pattern format, String message,
      List<FieldError> errors) {
    if (form.get(field) instanceof String value && !value.isBlank() && value.length() <= 32
        && !format.matcher(value).matches()) {
      errors.add(new FieldError(field, FIELDS.get(field), message));
    }
  }

  private static Long itemId(Map<String, Object> variables) {
    return parseItemId(variables.get(ITEM_ID));
  }

  /** Forms send numbers of any width, REST callers sometimes text; null when it is no positive integer. */
  private static Long parseItemId(Object value) {
    if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
        && number.doubleValue() >= 1 && number.doubleValue() <= Long.MAX_VALUE) {
      return number.longValue();
    }
    if (value instanceof String text && text.strip().matches("[1-9]\\d{0,17}")) {
      return Long.valueOf(text.strip());
    }
    return null;
  }
}
