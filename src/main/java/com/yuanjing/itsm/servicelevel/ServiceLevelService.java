package com.yuanjing.itsm.servicelevel;

import static com.yuanjing.itsm.servicelevel.ServiceLevelProcess.Variables.*;

import com.yuanjing.itsm.identity.SystemActions;
import com.yuanjing.itsm.numbering.BusinessKeys;
import com.yuanjing.itsm.sla.SupportHours;
import com.yuanjing.itsm.validation.Choices;
import com.yuanjing.itsm.validation.FieldChecks;
import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/** Service needs: what a valid one is, and the catalogue entry a finished one publishes. */
@Service
public class ServiceLevelService {

  static final String INVALID_NEED = "服务需求有误，请修正以下字段";
  static final Map<String, String> NEED_TYPES = Choices.of(ServiceLevelProcess.NeedType.NEW, "新服务",
      ServiceLevelProcess.NeedType.CHANGE, "变更已发布的服务");
  /** The fields of a service need and their labels in the start form. */
  static final Map<String, String> FIELDS = Choices.of(NEED_TYPE, "需求类型", SERVICE_ID, "服务",
      NEW_SERVICE_ID, "新服务编号", SERVICE_NAME, "服务名称", CUSTOMER, "客户", NEED, "服务需求");
  private static final Pattern SERVICE_ID_FORMAT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final ServiceDirectory services;
  private final ServiceCatalogue catalogue;
  private final BusinessKeys businessKeys;
  private final RuntimeService runtimeService;

  public ServiceLevelService(ServiceDirectory services, ServiceCatalogue catalogue, BusinessKeys businessKeys,
      RuntimeService runtimeService) {
    this.services = services;
    this.catalogue = catalogue;
    this.businessKeys = businessKeys;
    this.runtimeService = runtimeService;
  }

  /**
   * The facts a service need is registered with. A new service's id is reserved in the catalogue as a
   * draft of {@code businessKey}. A service is changed by one need at a time: a change of a service that
   * already has an open need is refused. Throws when the need is invalid, which rolls the start back.
   */
  public Map<String, Object> registration(Map<String, Object> need, String businessKey) {
    Map<String, Object> input = new HashMap<>(need);
    input.remove(REQUESTED_BY);
    FieldChecks checks = new FieldChecks(input)
        .oneOf(NEED_TYPE, FIELDS.get(NEED_TYPE), true, NEED_TYPES)
        .text(NEED, FIELDS.get(NEED), true, 4000)
        .noOtherFields(FIELDS);
    boolean newService = ServiceLevelProcess.NeedType.NEW.equals(input.get(NEED_TYPE));
    List<FieldError> errors = new ArrayList<>();
    Map<String, Object> registration = new HashMap<>();
    if (newService) {
      checks.text(NEW_SERVICE_ID, FIELDS.get(NEW_SERVICE_ID), true, 64)
          .text(SERVICE_NAME, FIELDS.get(SERVICE_NAME), true, 100)
          .text(CUSTOMER, FIELDS.get(CUSTOMER), true, 100);
      if (input.get(NEW_SERVICE_ID) instanceof String id && !id.isBlank() && id.length() <= 64) {
        if (!SERVICE_ID_FORMAT.matcher(id).matches()) {
          errors.add(new FieldError(NEW_SERVICE_ID, FIELDS.get(NEW_SERVICE_ID),
              "只能由小写字母、数字和连字符组成，例如 mobile-banking"));
        } else if (catalogue.find(id).isPresent()) {
          errors.add(new FieldError(NEW_SERVICE_ID, FIELDS.get(NEW_SERVICE_ID), "服务目录中已有服务 " + id));
        }
      }
      registration.put(SERVICE_ID, input.get(NEW_SERVICE_ID));
    } else if (input.get(NEED_TYPE) != null) {
      checks.oneOf(SERVICE_ID, FIELDS.get(SERVICE_ID), true, services.names())
          .text(SERVICE_NAME, FIELDS.get(SERVICE_NAME), false, 100)
          .text(CUSTOMER, FIELDS.get(CUSTOMER), false, 100);
      services.find((String) input.get(SERVICE_ID)).ifPresent(service -> {
        openNeed(service.id()).ifPresent(open -> errors.add(new FieldError(SERVICE_ID, FIELDS.get(SERVICE_ID),
            "该服务已有进行中的服务需求 " + open)));
        registration.put(SERVICE_NAME, blank(input.get(SERVICE_NAME)) ? service.name() : input.get(SERVICE_NAME));
        registration.put(CUSTOMER, blank(input.get(CUSTOMER)) ? service.customer() : input.get(CUSTOMER));
        registration.put(CURRENT_VERSION, catalogue.find(service.id()).orElseThrow().version());
      });
    }
    errors.addAll(0, checks.errors());
    InvalidInputException.throwIfAny(INVALID_NEED, errors);
    if (newService && !catalogue.reserve((String) input.get(NEW_SERVICE_ID), (String) input.get(SERVICE_NAME),
        (String) input.get(CUSTOMER), businessKey)) {
      InvalidInputException.throwIfAny(INVALID_NEED, List.of(new FieldError(NEW_SERVICE_ID,
          FIELDS.get(NEW_SERVICE_ID), "服务目录中已有服务 " + input.get(NEW_SERVICE_ID))));
    }
    return registration;
  }

  /** The catalogue entry a signed service need publishes, from the process's variables. */
  public static ItService service(Map<String, Object> variables) {
    return new ItService((String) variables.get(SERVICE_ID), (String) variables.get(SERVICE_NAME),
        (String) variables.get(CUSTOMER), (String) variables.get(SERVICE_LEVEL),
        SupportHours.fromCode((String) variables.get(SUPPORT_HOURS)),
        SupportHours.fromCode((String) variables.get(SERVICE_HOURS)), Boolean.TRUE.equals(variables.get(KEY_SERVICE)),
        maintenanceWindows((String) variables.get(MAINTENANCE_WINDOWS)), (String) variables.get(SERVICE_OWNER));
  }

  /** The signed SLA of a service need, from the process's variables. */
  public static SlaAgreement agreement(Map<String, Object> variables) {
    return new SlaAgreement((String) variables.get(SLA_DOCUMENT),
        LocalDate.parse((String) variables.get(SLA_VALID_FROM)), LocalDate.parse((String) variables.get(SLA_VALID_TO)));
  }

  /** The windows of the proposal's text: one per line (or separated by ；/;), blanks ignored. */
  static List<String> maintenanceWindows(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split("[\\n;；]")).map(String::trim).filter(window -> !window.isEmpty()).toList();
  }

  /** The business key of the open need for this service, whoever may see it. */
  private Optional<String> openNeed(String serviceId) {
    return SystemActions.run(() -> runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(ServiceLevelProcess.KEY).variableValueEquals(SERVICE_ID, serviceId)
        .orderByProcessInstanceId().asc().list().stream().map(ProcessInstance::getBusinessKey).findFirst());
  }

  public String nextBusinessKey() {
    return businessKeys.next(ServiceLevelProcess.BUSINESS_KEY_PREFIX);
  }

  private static boolean blank(Object value) {
    return !(value instanceof String s) || s.isBlank();
  }
}
