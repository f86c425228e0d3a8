package com.yuanjing.itsm.configuration;

import com.yuanjing.itsm.servicelevel.ServiceDirectory;
import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.InvalidInputException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * The services an incident or a change touches: its own service and, through the CMDB's impact analysis,
 * the services of every item that depends on the configuration items it names. Shown on the incident and
 * change forms, so that whoever accepts, assesses or votes sees the reach of the fault or the change.
 */
@Service
public class AffectedServices {

  /** Item numbers as people type them: "12, 15", "12，15", "12、15" or "12 15". */
  private static final Pattern ITEM_NUMBERS = Pattern.compile("\\d{1,18}(\\s*[,，、\\s]\\s*\\d{1,18})*");
  private static final Pattern SEPARATOR = Pattern.compile("\\s*[,，、\\s]\\s*");

  private final ConfigurationItemService items;
  private final ServiceDirectory services;

  public AffectedServices(ConfigurationItemService items, ServiceDirectory services) {
    this.items = items;
    this.services = services;
  }

  /**
   * The configuration items named in {@code value}; none for null or blank.
   *
   * @throws InvalidInputException naming {@code field} when the text is not a list of numbers or names an
   *     item the CMDB does not have
   */
  public List<Long> itemIds(Object value, String field, String label) {
    if (value == null || value instanceof String text && text.isBlank()) {
      return List.of();
    }
    String text = String.valueOf(value).strip();
    if (!ITEM_NUMBERS.matcher(text).matches()) {
      throw invalid(field, label, "请填写配置项编号，多个编号用逗号分隔，例如 12, 15");
    }
    Set<Long> ids = new LinkedHashSet<>();
    for (String number : SEPARATOR.split(text)) {
      ids.add(Long.parseLong(number));
    }
    List<Long> unknown = ids.stream().filter(id -> items.find(id).isEmpty()).toList();
    if (!unknown.isEmpty()) {
      throw invalid(field, label, "配置项 " + unknown + " 不存在");
    }
    return List.copyOf(ids);
  }

  /** The names of the affected services, the own service first, joined with 、. */
  public String describe(String serviceId, Collection<Long> itemIds) {
    Set<String> names = new LinkedHashSet<>();
    names.add(name(serviceId));
    for (Long itemId : itemIds) {
      items.impactOf(itemId).services().forEach(service -> names.add(name(service.id())));
    }
    return String.join("、", new ArrayList<>(names));
  }

  private String name(String serviceId) {
    return services.find(serviceId).map(service -> service.name()).orElse(serviceId);
  }

  private static InvalidInputException invalid(String field, String label, String message) {
    return new InvalidInputException(label + "有误", List.of(new FieldError(field, label, message)));
  }
}
