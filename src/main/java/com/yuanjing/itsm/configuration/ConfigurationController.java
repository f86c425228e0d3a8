package com.yuanjing.itsm.configuration;

import com.yuanjing.itsm.identity.CurrentUser;
import com.yuanjing.itsm.identity.ItsmGroup;
import com.yuanjing.itsm.validation.Choices;
import com.yuanjing.itsm.validation.FieldChecks;
import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.InvalidInputException;
import com.yuanjing.itsm.web.NotFoundException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The CMDB (配置管理数据库) and the definitive software library (最终软件库). Every signed-in user may read;
 * only configuration managers and administrators may change items and relations.
 */
@RestController
public class ConfigurationController {

  static final Map<String, String> ITEM_FIELDS = Choices.of("type", "类型", "name", "名称", "serviceId", "所属服务",
      "environment", "环境", "version", "版本", "location", "位置", "owner", "负责人", "description", "描述",
      "revision", "版本号", "reason", "变更原因", "changeKey", "变更单号", "releaseKey", "发布单号");
  static final Map<String, String> RETIRE_FIELDS = Choices.of("revision", "版本号", "reason", "变更原因",
      "changeKey", "变更单号", "releaseKey", "发布单号");
  static final Map<String, String> RELATION_FIELDS = Choices.of("type", "关系类型", "targetId", "目标配置项",
      "reason", "变更原因", "changeKey", "变更单号", "releaseKey", "发布单号");
  private static final String INVALID_QUERY = "查询条件有误";

  private final ConfigurationItemService items;
  private final DefinitiveSoftwareLibrary library;
  private final CurrentUser currentUser;

  public ConfigurationController(ConfigurationItemService items, DefinitiveSoftwareLibrary library,
      CurrentUser currentUser) {
    this.items = items;
    this.library = library;
    this.currentUser = currentUser;
  }

  /** Items matching every given criterion, by type and name; {@code name} is a case-insensitive part. */
  @GetMapping("/api/cis")
  public List<ConfigurationItem> search(@RequestParam(required = false) String type,
      @RequestParam(required = false) String service, @RequestParam(required = false) String name,
      @RequestParam(required = false) String environment, @RequestParam(required = false) String status,
      @RequestParam(required = false) String offset, @RequestParam(required = false) String limit) {
    Map<String, Object> codes = new HashMap<>();
    codes.put("type", type);
    codes.put("environment", environment);
    codes.put("status", status);
    List<FieldError> errors = new ArrayList<>(new FieldChecks(codes)
        .oneOf("type", "类型", false, CiType.class, CiType::label)
        .oneOf("environment", "环境", false, Environment.class, Environment::label)
        .oneOf("status", "状态", false, CiStatus.class, CiStatus::label).errors());
    int from = number(offset, "offset", "起始位置", 0, Integer.MAX_VALUE, 0, errors);
    int count = number(limit, "limit", "条数", 1, ConfigurationItemService.MAX_LIMIT,
        ConfigurationItemService.DEFAULT_LIMIT, errors);
    InvalidInputException.throwIfAny(INVALID_QUERY, errors);
    return items.search(enumOf(CiType.class, type), service, name, enumOf(Environment.class, environment),
        enumOf(CiStatus.class, status), from, count);
  }

  @PostMapping(path = "/api/cis", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  public ConfigurationItem register(@RequestBody Map<String, Object> body) {
    String user = requireWriter();
    ConfigurationRequest request = itemRequest(ConfigurationRequest.Operation.REGISTER, null, body, false);
    return items.register(request, authority(user, body));
  }

  @GetMapping("/api/cis/{id}")
  public ConfigurationItem get(@PathVariable long id) {
    return items.find(id).orElseThrow(() -> ConfigurationItemService.notFound(id));
  }

  /** Replaces the item's details; the body names the {@code revision} the client read. */
  @PutMapping(path = "/api/cis/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ConfigurationItem update(@PathVariable long id, @RequestBody Map<String, Object> body) {
    String user = requireWriter();
    get(id);
    ConfigurationRequest request = itemRequest(ConfigurationRequest.Operation.UPDATE, id, body, true);
    return items.update(id, request, authority(user, body), (Integer) body.get("revision"));
  }

  @PostMapping(path = "/api/cis/{id}/retire", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ConfigurationItem retire(@PathVariable long id, @RequestBody Map<String, Object> body) {
    String user = requireWriter();
    get(id);
    List<FieldError> errors = new ArrayList<>(authorityChecks(body).noOtherFields(RETIRE_FIELDS).errors());
    revision(body, false, errors);
    InvalidInputException.throwIfAny(ConfigurationItemService.INVALID_ITEM, errors);
    return items.retire(id, authority(user, body), (Integer) body.get("revision"));
  }

  @GetMapping("/api/cis/{id}/relations")
  public List<ItemRelation> relations(@PathVariable long id) {
    return items.relations(id);
  }

  @PostMapping(path = "/api/cis/{id}/relations", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  public ItemRelation relate(@PathVariable long id, @RequestBody Map<String, Object> body) {
    String user = requireWriter();
    get(id);
    List<FieldError> errors = new ArrayList<>(authorityChecks(body)
        .oneOf("type", "关系类型", true, RelationType.class, RelationType::label)
        .noOtherFields(RELATION_FIELDS).errors());
    Object target = body.get("targetId");
    if (target == null) {
      errors.add(new FieldError("targetId", "目标配置项", "不能为空"));
    } else if (!(target instanceof Integer || target instanceof Long)) {
      errors.add(new FieldError("targetId", "目标配置项", "必须是配置项编号（整数）"));
    }
    InvalidInputException.throwIfAny(ConfigurationItemService.INVALID_RELATION, errors);
    return items.addRelation(id, RelationType.valueOf((String) body.get("type")), ((Number) target).longValue(),
        authority(user, body));
  }

  @DeleteMapping("/api/cis/{id}/relations/{relationId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void unrelate(@PathVariable long id, @PathVariable long relationId,
      @RequestParam(required = false) String reason, @RequestParam(required = false) String changeKey,
      @RequestParam(required = false) String releaseKey) {
    String user = requireWriter();
    get(id);
    items.removeRelation(id, relationId, new ChangeAuthority(user, reason, changeKey, releaseKey, null));
  }

  /** Every change of the item and its relations, the latest first. */
  @GetMapping("/api/cis/{id}/history")
  public List<HistoryEntry> history(@PathVariable long id) {
    return items.history(id);
  }

  /** Everything that depends on the item, transitively, and the services affected. */
  @GetMapping("/api/cis/{id}/impact")
  public Impact impact(@PathVariable long id) {
    return items.impactOf(id);
  }

  @GetMapping("/api/software-library/{releaseKey}")
  public SoftwarePackage softwarePackage(@PathVariable String releaseKey) {
    return library.find(releaseKey)
        .orElseThrow(() -> new NotFoundException("未找到发布 " + releaseKey + " 的软件包记录"));
  }

  /** The signed-in user, when a member of config-managers or camunda-admin. */
  private String requireWriter() {
    return currentUser.requireMemberOf("只有配置管理员或系统管理员可以修改配置项", ItsmGroup.CONFIG_MANAGERS,
        ItsmGroup.CAMUNDA_ADMIN);
  }

  private static ConfigurationRequest itemRequest(ConfigurationRequest.Operation operation, Long id,
      Map<String, Object> body, boolean revisionRequired) {
    List<FieldError> errors = new ArrayList<>(authorityChecks(body)
        .oneOf("type", "类型", false, CiType.class, CiType::label)
        .oneOf("environment", "环境", false, Environment.class, Environment::label)
        .text("name", "名称", false, Integer.MAX_VALUE)
        .text("serviceId", "所属服务", false, Integer.MAX_VALUE)
        .text("version", "版本", false, Integer.MAX_VALUE)
        .text("location", "位置", false, Integer.MAX_VALUE)
        .text("owner", "负责人", false, Integer.MAX_VALUE)
        .text("description", "描述", false, Integer.MAX_VALUE)
        .noOtherFields(ITEM_FIELDS).errors());
    revision(body, revisionRequired, errors);
    if (!revisionRequired && body.containsKey("revision")) {
      errors.add(new FieldError("revision", "版本号", "登记新配置项时不能填写"));
    }
    InvalidInputException.throwIfAny(ConfigurationItemService.INVALID_ITEM, errors);
    return new ConfigurationRequest(operation, id, enumOf(CiType.class, body.get("type")), (String) body.get("name"),
        (String) body.get("serviceId"), enumOf(Environment.class, body.get("environment")),
        (String) body.get("version"), (String) body.get("location"), (String) body.get("owner"),
        (String) body.get("description"));
  }

  /** Types only: lengths, the required reason and the keys' approval are the service's checks. */
  private static FieldChecks authorityChecks(Map<String, Object> body) {
    return new FieldChecks(body).text("reason", "变更原因", false, Integer.MAX_VALUE)
        .text("changeKey", "变更单号", false, Integer.MAX_VALUE)
        .text("releaseKey", "发布单号", false, Integer.MAX_VALUE);
  }

  private static void revision(Map<String, Object> body, boolean required, List<FieldError> errors) {
    Object revision = body.get("revision");
    if (revision == null ? required : !(revision instanceof Integer)) {
      errors.add(new FieldError("revision", "版本号", required && revision == null
          ? "不能为空：请填写读取配置项时的 revision" : "必须是整数"));
    }
  }

  private static ChangeAuthority authority(String user, Map<String, Object> body) {
    return new ChangeAuthority(user, (String) body.get("reason"), (String) body.get("changeKey"),
        (String) body.get("releaseKey"), null);
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, Object code) {
    return code instanceof String s && !s.isBlank() ? Enum.valueOf(type, s.strip()) : null;
  }

  private static int number(String value, String field, String label, int min, int max, int fallback,
      List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    String digits = value.strip();
    if (!digits.matches("[0-9]{1,9}") || Integer.parseInt(digits) < min) {
      errors.add(new FieldError(field, label, "必须是不小于 " + min + " 的整数"));
      return fallback;
    }
    return Math.min(Integer.parseInt(digits), max);
  }
}
