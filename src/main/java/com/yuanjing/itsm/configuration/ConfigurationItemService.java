package com.yuanjing.itsm.configuration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.yuanjing.itsm.configuration.ItemRelation.Direction;
import com.yuanjing.itsm.servicelevel.ServiceDirectory;
import com.yuanjing.itsm.validation.FieldChecks;
import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.InvalidInputException;
import com.yuanjing.itsm.web.ConflictException;
import com.yuanjing.itsm.web.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.StringJoiner;
import java.util.function.Consumer;
import java.util.function.Function;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The CMDB (配置管理数据库): configuration items, their relations and the history of every change, in
 * {@code itsm_ci}, {@code itsm_ci_relation} and {@code itsm_ci_history}. Callers depend on this service,
 * never on its tables. Every write runs in a savepoint of the caller's transaction (the engine's, when a
 * process calls), or in a transaction of its own, and records who, when, why and under which change,
 * release or audit. A write the CMDB refuses (bad input, no authority, a name taken, a stale revision)
 * rolls back to its savepoint only: the caller's transaction stays committable, so a process can still
 * end as failed with the reason.
 *
 * <p>Production items change only under an approved change or release ({@link ChangeApprovals}), or as
 * the correction of a configuration audit ({@link #correctAfterAudit}).
 */
@Service
public class ConfigurationItemService implements ConfigurationRegistry {

  public static final int DEFAULT_LIMIT = 100;
  public static final int MAX_LIMIT = 500;

  static final String INVALID_ITEM = "配置项信息有误，请修正以下字段";
  static final String INVALID_RELATION = "配置项关系有误，请修正以下字段";
  static final String INVALID_CORRECTION = "审计纠正有误，请修正以下字段";

  private static final String COLUMNS = "id, ci_type, name, service_id, environment, status, version, location, "
      + "owner, description, revision, created_at, created_by, updated_at, updated_by";
  private static final String HISTORY_COLUMNS = "id, item_id, operation, revision, changed_at, changed_by, reason, "
      + "change_key, release_key, audit_key, detail, deployed_version, deployed_at, snapshot";
  private static final int IN_LIST_CHUNK = 500;

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;
  /** Every write: a savepoint in the caller's transaction, or a transaction of its own. */
  private final TransactionTemplate savepoint;
  private final ServiceDirectory services;
  private final ChangeApprovals approvals;
  private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

  public ConfigurationItemService(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
      ServiceDirectory services, ChangeApprovals approvals) {
    this.jdbc = jdbc;
    this.named = new NamedParameterJdbcTemplate(jdbc);
    this.savepoint = new TransactionTemplate(transactionManager);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    this.services = services;
    this.approvals = approvals;
  }

  // ---------------------------------------------------------------------------------------------- reading

  public Optional<ConfigurationItem> find(long id) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_ci WHERE id = ?", ConfigurationItemService::item, id)
        .stream().findFirst();
  }

  /**
   * Items matching every given criterion (null = any); {@code name} matches case-insensitively anywhere in
   * the name. Ordered by type, name; {@code limit} at most {@link #MAX_LIMIT}.
   */
  public List<ConfigurationItem> search(CiType type, String serviceId, String name, Environment environment,
      CiStatus status, int offset, int limit) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM itsm_ci WHERE 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    if (type != null) {
      sql.append(" AND ci_type = :type");
      parameters.put("type", type.name());
    }
    if (serviceId != null && !serviceId.isBlank()) {
      sql.append(" AND service_id = :service");
      parameters.put("service", serviceId.strip());
    }
    if (name != null && !name.isBlank()) {
      sql.append(" AND LOWER(name) LIKE :name ESCAPE '!'");
      String escaped = name.strip().toLowerCase().replace("!", "!!").replace("%", "!%").replace("_", "!_");
      parameters.put("name", "%" + escaped + "%");
    }
    if (environment != null) {
      sql.append(" AND environment = :environment");
      parameters.put("environment", environment.name());
    }
    if (status != null) {
      sql.append(" AND status = :status");
      parameters.put("status", status.name());
    }
    sql.append(" ORDER BY ci_type, name LIMIT :limit OFFSET :offset");
    parameters.put("limit", Math.max(0, Math.min(limit, MAX_LIMIT)));
    parameters.put("offset", Math.max(0, offset));
    return named.query(sql.toString(), parameters, ConfigurationItemService::item);
  }

  /** The item's relations, outgoing (what it depends on) first, each in the order related. */
  public List<ItemRelation> relations(long itemId) {
    requireItem(itemId);
    return jdbc.query("SELECT r.id, r.relation_type, r.source_id, r.target_id, r.created_at, r.created_by, "
            + "o.id AS other_id, o.ci_type AS other_type, o.name AS other_name FROM itsm_ci_relation r "
            + "JOIN itsm_ci o ON o.id = CASE WHEN r.source_id = ? THEN r.target_id ELSE r.source_id END "
            + "WHERE r.source_id = ? OR r.target_id = ? "
            + "ORDER BY CASE WHEN r.source_id = ? THEN 0 ELSE 1 END, r.id",
        (rs, row) -> relation(rs, itemId), itemId, itemId, itemId, itemId);
  }

  /** Every change of the item and its relations, the latest first. */
  public List<HistoryEntry> history(long itemId) {
    requireItem(itemId);
    return jdbc.query("SELECT " + HISTORY_COLUMNS + " FROM itsm_ci_history WHERE item_id = ? ORDER BY id DESC",
        ConfigurationItemService::historyEntry, itemId);
  }

  /**
   * Every item that depends on {@code itemId}, directly or transitively (the sources of relations whose
   * target is the item or an item already found), each with its shortest distance, and the services of the
   * item and of all of them. Cycles end the walk, since every item is visited once.
   */
  public Impact impactOf(long itemId) {
    ConfigurationItem item = requireItem(itemId);
    Map<Long, Integer> distances = new LinkedHashMap<>();
    Set<Long> visited = new LinkedHashSet<>(List.of(itemId));
    Set<Long> frontier = Set.of(itemId);
    for (int distance = 1; !frontier.isEmpty(); distance++) {
      Set<Long> next = new LinkedHashSet<>();
      for (List<Long> chunk : chunks(frontier)) {
        next.addAll(named.queryForList("SELECT DISTINCT source_id FROM itsm_ci_relation WHERE target_id IN (:ids)",
            Map.of("ids", chunk), Long.class));
      }
      next.removeAll(visited);
      visited.addAll(next);
      for (Long id : next) {
        distances.put(id, distance);
      }
      frontier = next;
    }
    List<Impact.ImpactedItem> impacted = new ArrayList<>();
    for (ConfigurationItem dependent : items(distances.keySet())) {
      impacted.add(new Impact.ImpactedItem(dependent.id(), dependent.type(), dependent.name(), dependent.serviceId(),
          dependent.environment(), dependent.status(), distances.get(dependent.id())));
    }
    impacted.sort((a, b) -> a.distance() != b.distance() ? Integer.compare(a.distance(), b.distance())
        : a.type() != b.type() ? a.type().compareTo(b.type()) : a.name().compareTo(b.name()));
    return new Impact(item, impacted, affectedServices(visited));
  }

  /** The distinct services of the given items, by id, with their names from the service directory. */
  public List<Impact.AffectedService> affectedServices(Collection<Long> itemIds) {
    Set<String> serviceIds = new TreeSet<>();
    for (List<Long> chunk : chunks(itemIds)) {
      serviceIds.addAll(named.queryForList("SELECT DISTINCT service_id FROM itsm_ci WHERE id IN (:ids) "
          + "AND service_id IS NOT NULL", Map.of("ids", chunk), String.class));
    }
    return serviceIds.stream().map(id -> new Impact.AffectedService(id,
        services.find(id).map(service -> service.name()).orElse(null))).toList();
  }

  // ------------------------------------------------------------------------------------------- the port

  @Override
  public void check(ConfigurationRequest request, ChangeAuthority authority) {
    switch (operation(request)) {
      case REGISTER -> checkRegistration(request, authority);
      case UPDATE -> {
        ConfigurationItem current = existing(request.itemId());
        requireRequestedRevision(current, request);
        checkUpdate(current, keepRecorded(current, request), authority);
      }
      case RETIRE -> {
        ConfigurationItem current = existing(request.itemId());
        requireRequestedRevision(current, request);
        checkRetirement(current, authority);
      }
    }
  }

  @Override
  public long apply(ConfigurationRequest request, ChangeAuthority authority) {
    return switch (operation(request)) {
      case REGISTER -> register(request, authority).id();
      case UPDATE -> update(existing(request.itemId()).id(), authority, current -> {
        requireRequestedRevision(current, request);
        return keepRecorded(current, request);
      }).id();
      case RETIRE -> retire(existing(request.itemId()).id(), authority,
          current -> requireRequestedRevision(current, request)).id();
    };
  }

  @Override
  public int currentRevision(long itemId) {
    return existing(itemId).revision();
  }

  @Override
  public List<AuditSubject> sampleForAudit(String serviceId, int size) {
    List<ConfigurationItem> sample;
    if (serviceId != null && !serviceId.isBlank()) {
      if (services.find(serviceId).isEmpty()) {
        throw new InvalidInputException("审计范围有误",
            List.of(new FieldError("serviceId", "服务", "未知的服务 " + serviceId)));
      }
      sample = jdbc.query("SELECT " + COLUMNS + " FROM itsm_ci WHERE service_id = ? AND environment = 'PRODUCTION' "
          + "AND status = 'ACTIVE' ORDER BY ci_type, name", ConfigurationItemService::item, serviceId);
    } else {
      if (size < 1) {
        throw new InvalidInputException("审计范围有误",
            List.of(new FieldError("size", "抽样数量", "必须是正整数")));
      }
      sample = jdbc.query("SELECT " + COLUMNS + " FROM itsm_ci WHERE environment = 'PRODUCTION' "
          + "AND status = 'ACTIVE' ORDER BY RANDOM() LIMIT ?", ConfigurationItemService::item, size);
    }
    return sample.stream().map(item -> new AuditSubject(item.id(), item.revision(), summary(item))).toList();
  }

  @Override
  public void correctAfterAudit(long itemId, int verifiedRevision, ItemCorrection correction, String auditKey,
      String correctedBy, String finding) {
    List<FieldError> errors = new ArrayList<>(fields("auditKey", auditKey, "finding", finding, "correctedBy", correctedBy)
        .text("auditKey", "审计单号", true, 32)
        .text("finding", "审计发现", true, 2000)
        .text("correctedBy", "纠正人", false, 64).errors());
    if (correction == null) {
      errors.add(new FieldError("correction", "纠正内容", "不能为空"));
    } else {
      errors.addAll(fields("version", correction.version(), "location", correction.location(), "description",
          correction.description())
          .text("version", "版本", false, 50)
          .text("location", "位置", false, 500)
          .text("description", "描述", false, 2000).errors());
    }
    if (find(itemId).isEmpty()) {
      errors.add(new FieldError("itemId", "配置项", "未找到配置项 #" + itemId));
    }
    InvalidInputException.throwIfAny(INVALID_CORRECTION, errors);
    savepoint.executeWithoutResult(status -> {
      ConfigurationItem before = lockItem(itemId);
      if (before.revision() != verifiedRevision) {
        throw new InvalidInputException(INVALID_CORRECTION, List.of(new FieldError("revision", "修订号",
            "配置项在抽样后已变更，请按最新记录核查（抽样时为第 " + verifiedRevision + " 版，当前为第 "
                + before.revision() + " 版）")));
      }
      Instant now = now();
      jdbc.update("UPDATE itsm_ci SET version = COALESCE(?, version), location = COALESCE(?, location), "
              + "description = COALESCE(?, description), revision = revision + 1, updated_at = ?, updated_by = ? "
              + "WHERE id = ?", correction.version(), correction.location(), correction.description(), utc(now),
          correctedBy, itemId);
      StringJoiner corrected = new StringJoiner("；", "纠正：", "").setEmptyValue("核实无误，未修改");
      difference(corrected, "版本", before.version(), correction.version());
      difference(corrected, "位置", before.location(), correction.location());
      difference(corrected, "描述", before.description(), correction.description());
      record(lockItem(itemId), HistoryOperation.AUDIT_CORRECTED, now,
          new ChangeAuthority(correctedBy, finding, null, null, auditKey), corrected.toString(), null, null);
    });
  }

  // ------------------------------------------------------------------------------------------- writing

  /** Registers a new item, ACTIVE at revision 1. */
  public ConfigurationItem register(ConfigurationRequest request, ChangeAuthority authority) {
    return savepoint.execute(status -> {
      checkRegistration(request, authority);
      Instant now = now();
      KeyHolder key = new GeneratedKeyHolder();
      try {
        jdbc.update(connection -> {
          var statement = connection.prepareStatement("INSERT INTO itsm_ci (ci_type, name, service_id, environment, "
              + "status, version, location, owner, description, revision, created_at, created_by, updated_at, "
              + "updated_by) VALUES (?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?, 1, ?, ?, ?, ?)", new String[] {"id"});
          int i = 1;
          statement.setString(i++, request.type().name());
          statement.setString(i++, request.name().strip());
          statement.setString(i++, blankToNull(request.serviceId()));
          statement.setString(i++, request.environment().name());
          statement.setString(i++, blankToNull(request.version()));
          statement.setString(i++, blankToNull(request.location()));
          statement.setString(i++, blankToNull(request.owner()));
          statement.setString(i++, blankToNull(request.description()));
          statement.setObject(i++, utc(now));
          statement.setString(i++, authority.changedBy());
          statement.setObject(i++, utc(now));
          statement.setString(i, authority.changedBy());
          return statement;
        }, key);
      } catch (DuplicateKeyException registeredConcurrently) {
        throw duplicateName(request);
      }
      ConfigurationItem item = lockItem(key.getKey().longValue());
      record(item, HistoryOperation.REGISTERED, now, authority, null, null, null);
      return item;
    });
  }

  /**
   * Replaces the item's details (its type stays). {@code expectedRevision} is the revision the caller
   * read; null only for callers that just checked the item themselves.
   *
   * @throws ConflictException when the item has changed since {@code expectedRevision}
   */
  public ConfigurationItem update(long itemId, ConfigurationRequest request, ChangeAuthority authority,
      Integer expectedRevision) {
    return update(itemId, authority, current -> {
      requireRevision(current, expectedRevision);
      return request;
    });
  }

  /** Updates the item as {@code asRequested} makes the request of the locked current item (or refuses it). */
  private ConfigurationItem update(long itemId, ChangeAuthority authority,
      Function<ConfigurationItem, ConfigurationRequest> asRequested) {
    return savepoint.execute(status -> {
      ConfigurationItem current = lockItem(itemId);
      ConfigurationRequest request = asRequested.apply(current);
      checkUpdate(current, request, authority);
      Instant now = now();
      try {
        jdbc.update("UPDATE itsm_ci SET name = ?, service_id = ?, environment = ?, version = ?, location = ?, "
                + "owner = ?, description = ?, revision = revision + 1, updated_at = ?, updated_by = ? WHERE id = ?",
            request.name().strip(), blankToNull(request.serviceId()), request.environment().name(),
            blankToNull(request.version()), blankToNull(request.location()), blankToNull(request.owner()),
            blankToNull(request.description()), utc(now), authority.changedBy(), itemId);
      } catch (DuplicateKeyException renamedConcurrently) {
        throw duplicateName(request);
      }
      ConfigurationItem item = lockItem(itemId);
      record(item, HistoryOperation.UPDATED, now, authority, null, null, null);
      return item;
    });
  }

  /** Retires the item; it stays with its relations and history. */
  public ConfigurationItem retire(long itemId, ChangeAuthority authority, Integer expectedRevision) {
    return retire(itemId, authority, current -> requireRevision(current, expectedRevision));
  }

  private ConfigurationItem retire(long itemId, ChangeAuthority authority, Consumer<ConfigurationItem> revisionCheck) {
    return savepoint.execute(status -> {
      ConfigurationItem current = lockItem(itemId);
      revisionCheck.accept(current);
      checkRetirement(current, authority);
      Instant now = now();
      jdbc.update("UPDATE itsm_ci SET status = 'RETIRED', revision = revision + 1, updated_at = ?, updated_by = ? "
          + "WHERE id = ?", utc(now), authority.changedBy(), itemId);
      ConfigurationItem item = lockItem(itemId);
      record(item, HistoryOperation.RETIRED, now, authority, null, null, null);
      return item;
    });
  }

  /** Relates {@code sourceId} to {@code targetId}: the source depends on the target. */
  public ItemRelation addRelation(long sourceId, RelationType type, Long targetId, ChangeAuthority authority) {
    return savepoint.execute(status -> {
      ConfigurationItem source = lockItem(sourceId);
      List<FieldError> errors = new ArrayList<>();
      ConfigurationItem target = null;
      if (type == null) {
        errors.add(new FieldError("type", "关系类型", "不能为空"));
      }
      if (targetId == null) {
        errors.add(new FieldError("targetId", "目标配置项", "不能为空"));
      } else if (targetId == sourceId) {
        errors.add(new FieldError("targetId", "目标配置项", "配置项不能与自身建立关系"));
      } else {
        target = find(targetId).orElse(null);
        if (target == null) {
          errors.add(new FieldError("targetId", "目标配置项", "未找到配置项 #" + targetId));
        }
      }
      if (source.status() == CiStatus.RETIRED) {
        errors.add(new FieldError("id", "配置项", "配置项已退役，不能再建立关系"));
      }
      if (target != null && type != null) {
        if (target.status() == CiStatus.RETIRED) {
          errors.add(new FieldError("targetId", "目标配置项", "目标配置项已退役"));
        }
        if (!type.allowsSource(source.type())) {
          errors.add(new FieldError("type", "关系类型", "“" + type.label() + "”关系的源只能是" + type.describe(true)
              + "，不能是" + source.type().label()));
        }
        if (!type.allowsTarget(target.type())) {
          errors.add(new FieldError("targetId", "目标配置项", "“" + type.label() + "”关系的目标只能是"
              + type.describe(false) + "，不能是" + target.type().label()));
        }
        if (relationId(type, sourceId, targetId).isPresent()) {
          errors.add(new FieldError("targetId", "目标配置项", "该关系已存在"));
        }
      }
      boolean production = source.environment() == Environment.PRODUCTION
          || (target != null && target.environment() == Environment.PRODUCTION);
      errors.addAll(authorityErrors(authority, production));
      InvalidInputException.throwIfAny(INVALID_RELATION, errors);
      Instant now = now();
      try {
        jdbc.update("INSERT INTO itsm_ci_relation (relation_type, source_id, target_id, created_at, created_by) "
            + "VALUES (?, ?, ?, ?, ?)", type.name(), sourceId, targetId, utc(now), authority.changedBy());
      } catch (DuplicateKeyException relatedConcurrently) {
        throw new InvalidInputException(INVALID_RELATION,
            List.of(new FieldError("targetId", "目标配置项", "该关系已存在")));
      }
      recordRelation(HistoryOperation.RELATION_ADDED, type, source, target, now, authority);
      long relationId = relationId(type, sourceId, targetId).orElseThrow();
      return new ItemRelation(relationId, type, Direction.OUTGOING, target.id(), target.type(), target.name(), now,
          authority.changedBy());
    });
  }

  /** Removes a relation of the item (as source or target). */
  public void removeRelation(long itemId, long relationId, ChangeAuthority authority) {
    savepoint.executeWithoutResult(status -> {
      lockItem(itemId);
      ItemRelation relation = relations(itemId).stream().filter(r -> r.id() == relationId).findFirst()
          .orElseThrow(() -> new NotFoundException("未找到配置项 #" + itemId + " 的关系 #" + relationId));
      ConfigurationItem item = requireItem(itemId);
      ConfigurationItem other = requireItem(relation.otherId());
      ConfigurationItem source = relation.direction() == Direction.OUTGOING ? item : other;
      ConfigurationItem target = relation.direction() == Direction.OUTGOING ? other : item;
      boolean production = item.environment() == Environment.PRODUCTION
          || other.environment() == Environment.PRODUCTION;
      InvalidInputException.throwIfAny(INVALID_RELATION, authorityErrors(authority, production));
      Instant now = now();
      jdbc.update("DELETE FROM itsm_ci_relation WHERE id = ?", relationId);
      recordRelation(HistoryOperation.RELATION_REMOVED, relation.type(), source, target, now, authority);
    });
  }

  /**
   * Records that release {@code releaseKey} deployed version {@code version} of the application
   * {@code name}: the PRODUCTION APPLICATION item of that name now has that version, the service and, when
   * given, {@code deployedOn} as its location (it is created if it is new, and is active again if it was
   * retired), and a DEPLOYED history entry keeps the release and the version it replaced. A release
   * records an application version once: recording the same release, name and version again changes
   * nothing, so a retried job is harmless (and never turns the item back when a later release has deployed
   * since). A deployment older than the item's latest one, recorded late, only adds its history entry. A
   * null {@code deployedAt} is the engine's current time. The release is the authority: no further check.
   * Runs in a savepoint of the caller's transaction (the engine's, when called from the process), or in one
   * of its own.
   *
   * @throws IllegalArgumentException when the release key, service, name or version is blank, or a
   *     value is longer than its column
   */
  public void recordDeployment(String releaseKey, String serviceId, String name, String version,
      String deployedOn, Instant deployedAt, String recordedBy) {
    requireText(releaseKey, "releaseKey", 32);
    requireText(serviceId, "serviceId", 64);
    requireText(name, "name", 100);
    requireText(version, "version", 50);
    requireLength(deployedOn, "deployedOn", 500);
    requireLength(recordedBy, "recordedBy", 64);
    Instant at = deployedAt != null ? deployedAt : now();
    ChangeAuthority authority = new ChangeAuthority(recordedBy, "发布 " + releaseKey + " 部署", null, releaseKey, null);

    savepoint.executeWithoutResult(status -> {
      Instant now = now();
      // locks the item, so that deployments of the same application are recorded one after the other
      Optional<ConfigurationItem> existing = lockApplication(name);
      if (existing.isEmpty()) {
        try {
          // a savepoint of its own: on PostgreSQL a failed INSERT would otherwise abort the transaction
          savepoint.executeWithoutResult(nested -> jdbc.update("INSERT INTO itsm_ci (ci_type, name, service_id, "
                  + "environment, status, version, location, revision, created_at, created_by, updated_at, "
                  + "updated_by) VALUES ('APPLICATION', ?, ?, 'PRODUCTION', 'ACTIVE', ?, ?, 1, ?, ?, ?, ?)", name,
              serviceId, version, deployedOn, utc(now), recordedBy, utc(now), recordedBy));
          ConfigurationItem created = lockApplication(name).orElseThrow();
          record(created, HistoryOperation.DEPLOYED, now, authority, "部署版本 " + version, version, at);
          return;
        } catch (DuplicateKeyException createdConcurrently) {
          existing = lockApplication(name);
        }
      }
      ConfigurationItem item = existing.orElseThrow();
      if (deploymentRecorded(item.id(), releaseKey, version)) {
        return;
      }
      Instant latest = jdbc.queryForList("SELECT MAX(deployed_at) FROM itsm_ci_history WHERE item_id = ? "
          + "AND operation = 'DEPLOYED'", OffsetDateTime.class, item.id()).stream().filter(Objects::nonNull)
          .map(OffsetDateTime::toInstant).findFirst().orElse(null);
      String detail;
      if (latest == null || !at.isBefore(latest)) {
        jdbc.update("UPDATE itsm_ci SET service_id = ?, environment = 'PRODUCTION', status = 'ACTIVE', version = ?, "
                + "location = COALESCE(?, location), revision = revision + 1, updated_at = ?, updated_by = ? "
                + "WHERE id = ?", serviceId, version, deployedOn, utc(now), recordedBy, item.id());
        detail = item.version() == null ? "部署版本 " + version
            : "部署版本 " + version + "（原版本 " + item.version() + "）";
        item = lockItem(item.id());
      } else {
        detail = "部署版本 " + version + "（早于当前部署，登记晚了，配置项未改变）";
      }
      record(item, HistoryOperation.DEPLOYED, now, authority, detail, version, at);
    });
  }

  // ------------------------------------------------------------------------------------------- checks

  private void checkRegistration(ConfigurationRequest request, ChangeAuthority authority) {
    List<FieldError> errors = itemErrors(request, null);
    if (request.type() == null) {
      errors.add(0, new FieldError("type", "类型", "不能为空"));
    }
    errors.addAll(authorityErrors(authority, request.environment() == Environment.PRODUCTION));
    InvalidInputException.throwIfAny(INVALID_ITEM, errors);
  }

  private void checkUpdate(ConfigurationItem current, ConfigurationRequest request, ChangeAuthority authority) {
    List<FieldError> errors = new ArrayList<>();
    if (current.status() == CiStatus.RETIRED) {
      errors.add(new FieldError("status", "状态", "配置项已退役，不能再修改"));
    }
    if (request.type() != null && request.type() != current.type()) {
      errors.add(new FieldError("type", "类型", "配置项的类型不能修改（当前为" + current.type().label() + "）"));
    }
    errors.addAll(itemErrors(new ConfigurationRequest(request.operation(), current.id(), current.type(),
        request.name(), request.serviceId(), request.environment(), request.version(), request.location(),
        request.owner(), request.description()), current.id()));
    errors.addAll(authorityErrors(authority, current.environment() == Environment.PRODUCTION
        || request.environment() == Environment.PRODUCTION));
    InvalidInputException.throwIfAny(INVALID_ITEM, errors);
  }

  private void checkRetirement(ConfigurationItem current, ChangeAuthority authority) {
    List<FieldError> errors = new ArrayList<>();
    if (current.status() == CiStatus.RETIRED) {
      errors.add(new FieldError("status", "状态", "配置项已经退役"));
    }
    errors.addAll(authorityErrors(authority, current.environment() == Environment.PRODUCTION));
    InvalidInputException.throwIfAny(INVALID_ITEM, errors);
  }

  private List<FieldError> itemErrors(ConfigurationRequest request, Long itemId) {
    List<FieldError> errors = new ArrayList<>(fields("name", request.name(), "version", request.version(),
        "location", request.location(), "owner", request.owner(), "description", request.description())
        .text("name", "名称", true, 100)
        .text("version", "版本", false, 50)
        .text("location", "位置", false, 500)
        .text("owner", "负责人", false, 64)
        .text("description", "描述", false, 2000).errors());
    if (request.serviceId() != null && !request.serviceId().isBlank()
        && services.find(request.serviceId()).isEmpty()) {
      errors.add(new FieldError("serviceId", "所属服务", "未知的服务 " + request.serviceId()));
    }
    if (request.environment() == null) {
      errors.add(new FieldError("environment", "环境", "不能为空"));
    }
    if (request.type() != null && request.name() != null && !request.name().isBlank()) {
      List<Long> sameName = jdbc.queryForList("SELECT id FROM itsm_ci WHERE ci_type = ? AND name = ?", Long.class,
          request.type().name(), request.name().strip());
      if (sameName.stream().anyMatch(id -> !id.equals(itemId))) {
        errors.add(duplicateNameError(request));
      }
    }
    return errors;
  }

  /**
   * The reason is always required. A production item needs an approved change or release; an audit key
   * is the audit process's alone ({@link #correctAfterAudit}). Every given key must be approved.
   */
  private List<FieldError> authorityErrors(ChangeAuthority authority, boolean production) {
    List<FieldError> errors = new ArrayList<>();
    if (authority == null) {
      errors.add(new FieldError("reason", "变更原因", "不能为空"));
      return errors;
    }
    errors.addAll(fields("reason", authority.reason(), "changedBy", authority.changedBy())
        .text("reason", "变更原因", true, 2000)
        .text("changedBy", "变更人", false, 64).errors());
    if (authority.auditKey() != null && !authority.auditKey().isBlank()) {
      errors.add(new FieldError("auditKey", "审计单号", "审计单号只用于配置审计的纠正"));
    }
    boolean hasChange = authority.changeKey() != null && !authority.changeKey().isBlank();
    boolean hasRelease = authority.releaseKey() != null && !authority.releaseKey().isBlank();
    if (production && !hasChange && !hasRelease) {
      errors.add(new FieldError("changeKey", "变更单号", "生产环境的配置项只能在已批准的变更或发布下修改，请填写变更单号或发布单号"));
    }
    if (hasChange && !approvals.changeApproved(authority.changeKey().strip())) {
      errors.add(new FieldError("changeKey", "变更单号", "未找到已批准的变更 " + authority.changeKey().strip()));
    }
    if (hasRelease && !approvals.releaseApproved(authority.releaseKey().strip())) {
      errors.add(new FieldError("releaseKey", "发布单号", "未找到已批准的发布 " + authority.releaseKey().strip()));
    }
    return errors;
  }

  private static void requireRevision(ConfigurationItem current, Integer expectedRevision) {
    if (expectedRevision != null && expectedRevision != current.revision()) {
      throw new ConflictException("配置项 " + current.name() + " 已被他人修改（您读取的是第 " + expectedRevision
          + " 版，当前是第 " + current.revision() + " 版），请刷新后重试");
    }
  }

  private static ConfigurationRequest.Operation operation(ConfigurationRequest request) {
    if (request == null || request.operation() == null) {
      throw new InvalidInputException(INVALID_ITEM, List.of(new FieldError("operation", "操作", "不能为空")));
    }
    return request.operation();
  }

  /** The item an update or retirement names, for the port: an unknown one is bad input, not a missing page. */
  private ConfigurationItem existing(Long itemId) {
    Optional<ConfigurationItem> item = itemId == null ? Optional.empty() : find(itemId);
    return item.orElseThrow(() -> new InvalidInputException(INVALID_ITEM, List.of(new FieldError("itemId", "配置项",
        itemId == null ? "不能为空" : "未找到配置项 #" + itemId))));
  }

  /** The port's stale request is bad input (the process ends it as failed), not the API's 409. */
  private static void requireRequestedRevision(ConfigurationItem current, ConfigurationRequest request) {
    if (request.revision() != null && request.revision() != current.revision()) {
      throw new InvalidInputException(INVALID_ITEM, List.of(new FieldError("itemId", "配置项",
          "配置项在申请后已被修改（申请时为第 " + request.revision() + " 版，当前为第 " + current.revision()
              + " 版），请按最新记录重新申请")));
    }
  }

  /** An update through the port: a blank field keeps the recorded value. */
  private static ConfigurationRequest keepRecorded(ConfigurationItem current, ConfigurationRequest request) {
    return new ConfigurationRequest(request.operation(), current.id(), request.type(),
        orRecorded(request.name(), current.name()), orRecorded(request.serviceId(), current.serviceId()),
        request.environment() != null ? request.environment() : current.environment(),
        orRecorded(request.version(), current.version()), orRecorded(request.location(), current.location()),
        orRecorded(request.owner(), current.owner()), orRecorded(request.description(), current.description()),
        request.revision());
  }

  private static String orRecorded(String requested, String recorded) {
    return requested == null || requested.isBlank() ? recorded : requested;
  }

  private InvalidInputException duplicateName(ConfigurationRequest request) {
    return new InvalidInputException(INVALID_ITEM, List.of(duplicateNameError(request)));
  }

  private static FieldError duplicateNameError(ConfigurationRequest request) {
    return new FieldError("name", "名称", "已有同名的" + request.type().label() + "配置项 " + request.name().strip());
  }

  /** Field names and values (stripped, as they are stored) for the shared checks of {@link FieldChecks}. */
  private static FieldChecks fields(String... namesAndValues) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      values.put(namesAndValues[i], namesAndValues[i + 1] == null ? null : namesAndValues[i + 1].strip());
    }
    return new FieldChecks(values);
  }

  // ------------------------------------------------------------------------------------------- history

  private void record(ConfigurationItem item, HistoryOperation operation, Instant at, ChangeAuthority authority,
      String detail, String deployedVersion, Instant deployedAt) {
    jdbc.update("INSERT INTO itsm_ci_history (item_id, operation, revision, changed_at, changed_by, reason, "
            + "change_key, release_key, audit_key, detail, deployed_version, deployed_at, snapshot) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", item.id(), operation.name(), item.revision(), utc(at),
        authority.changedBy(), authority.reason().strip(), blankToNull(authority.changeKey()),
        blankToNull(authority.releaseKey()), blankToNull(authority.auditKey()), detail, deployedVersion,
        deployedAt == null ? null : utc(deployedAt), snapshot(item));
  }

  private void recordRelation(HistoryOperation operation, RelationType type, ConfigurationItem source,
      ConfigurationItem target, Instant at, ChangeAuthority authority) {
    String verb = operation == HistoryOperation.RELATION_ADDED ? "添加关系：" : "删除关系：";
    record(source, operation, at, authority, verb + "本项 " + type.label() + " " + describe(target), null, null);
    record(target, operation, at, authority, verb + describe(source) + " " + type.label() + " 本项", null, null);
  }

  private static String describe(ConfigurationItem item) {
    return item.type().label() + " " + item.name() + "（#" + item.id() + "）";
  }

  private static void difference(StringJoiner changes, String label, String before, String after) {
    if (after != null && !after.equals(before)) {
      changes.add(label + " " + (before == null ? "（空）" : before) + " → " + after);
    }
  }

  private String snapshot(ConfigurationItem item) {
    try {
      return json.writeValueAsString(item);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the snapshot of configuration item " + item.id(), e);
    }
  }

  /** One readable line for an auditor: type, name, service, environment, version, location. */
  private String summary(ConfigurationItem item) {
    String service = item.serviceId() == null ? "无"
        : services.find(item.serviceId()).map(s -> s.name() + "（" + s.id() + "）").orElse(item.serviceId());
    return item.type().label() + " " + item.name() + "，所属服务：" + service + "，环境：" + item.environment().label()
        + "，版本：" + Objects.requireNonNullElse(item.version(), "无") + "，位置："
        + Objects.requireNonNullElse(item.location(), "无");
  }

  // ------------------------------------------------------------------------------------------- rows

  private ConfigurationItem requireItem(long itemId) {
    return find(itemId).orElseThrow(() -> notFound(itemId));
  }

  private ConfigurationItem lockItem(long itemId) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_ci WHERE id = ? FOR UPDATE", ConfigurationItemService::item,
        itemId).stream().findFirst().orElseThrow(() -> notFound(itemId));
  }

  private Optional<ConfigurationItem> lockApplication(String name) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_ci WHERE ci_type = 'APPLICATION' AND name = ? FOR UPDATE",
        ConfigurationItemService::item, name).stream().findFirst();
  }

  private List<ConfigurationItem> items(Collection<Long> ids) {
    List<ConfigurationItem> items = new ArrayList<>();
    for (List<Long> chunk : chunks(ids)) {
      items.addAll(named.query("SELECT " + COLUMNS + " FROM itsm_ci WHERE id IN (:ids)", Map.of("ids", chunk),
          ConfigurationItemService::item));
    }
    return items;
  }

  private Optional<Long> relationId(RelationType type, long sourceId, long targetId) {
    return jdbc.queryForList("SELECT id FROM itsm_ci_relation WHERE relation_type = ? AND source_id = ? "
        + "AND target_id = ?", Long.class, type.name(), sourceId, targetId).stream().findFirst();
  }

  private boolean deploymentRecorded(long itemId, String releaseKey, String version) {
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM itsm_ci_history WHERE item_id = ? AND release_key = ? "
        + "AND deployed_version = ?", Integer.class, itemId, releaseKey, version);
    return count != null && count > 0;
  }

  private static List<List<Long>> chunks(Collection<Long> ids) {
    List<Long> all = List.copyOf(ids);
    List<List<Long>> chunks = new ArrayList<>();
    for (int from = 0; from < all.size(); from += IN_LIST_CHUNK) {
      chunks.add(all.subList(from, Math.min(all.size(), from + IN_LIST_CHUNK)));
    }
    return chunks;
  }

  static NotFoundException notFound(long itemId) {
    return new NotFoundException("未找到配置项 #" + itemId);
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  /** Text as it is stored: stripped, and null when blank (or no text at all). */
  static String blankToNull(Object value) {
    return value instanceof String text && !text.isBlank() ? text.strip() : null;
  }

  private static void requireText(String value, String field, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("deployment without " + field);
    }
    requireLength(value, field, maxLength);
  }

  private static void requireLength(String value, String field, int maxLength) {
    if (value != null && value.length() > maxLength) {
      throw new IllegalArgumentException(field + " longer than " + maxLength + " characters");
    }
  }

  private static ConfigurationItem item(ResultSet rs, int row) throws SQLException {
    return new ConfigurationItem(rs.getLong("id"), CiType.valueOf(rs.getString("ci_type")), rs.getString("name"),
        rs.getString("service_id"), Environment.valueOf(rs.getString("environment")),
        CiStatus.valueOf(rs.getString("status")), rs.getString("version"), rs.getString("location"),
        rs.getString("owner"), rs.getString("description"), rs.getInt("revision"), instant(rs, "created_at"),
        rs.getString("created_by"), instant(rs, "updated_at"), rs.getString("updated_by"));
  }

  private static ItemRelation relation(ResultSet rs, long itemId) throws SQLException {
    return new ItemRelation(rs.getLong("id"), RelationType.valueOf(rs.getString("relation_type")),
        rs.getLong("source_id") == itemId ? Direction.OUTGOING : Direction.INCOMING, rs.getLong("other_id"),
        CiType.valueOf(rs.getString("other_type")), rs.getString("other_name"), instant(rs, "created_at"),
        rs.getString("created_by"));
  }

  private static HistoryEntry historyEntry(ResultSet rs, int row) throws SQLException {
    return new HistoryEntry(rs.getLong("id"), rs.getLong("item_id"), HistoryOperation.valueOf(rs.getString("operation")),
        rs.getInt("revision"), instant(rs, "changed_at"), rs.getString("changed_by"), rs.getString("reason"),
        rs.getString("change_key"), rs.getString("release_key"), rs.getString("audit_key"), rs.getString("detail"),
        rs.getString("deployed_version"), instant(rs, "deployed_at"), rs.getString("snapshot"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
