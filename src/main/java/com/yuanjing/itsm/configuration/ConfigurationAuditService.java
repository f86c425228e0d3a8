package com.yuanjing.itsm.configuration;

import com.yuanjing.itsm.audit.ProcessRecords;
import com.yuanjing.itsm.identity.CurrentUser;
import com.yuanjing.itsm.identity.ItsmGroup;
import com.yuanjing.itsm.servicelevel.ServiceDirectory;
import com.yuanjing.itsm.validation.Choices;
import com.yuanjing.itsm.validation.FieldChecks;
import com.yuanjing.itsm.validation.InvalidInputException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Configuration audits (配置审计): who may ask for one, the results verifiers record in
 * {@code itsm_configuration_audit_result}, the corrections they make, and what one audit found.
 */
@Service
public class ConfigurationAuditService {

  private static final String COLUMNS = "audit_key, item_id, verified_revision, accurate, finding, corrected_version, "
      + "corrected_location, corrected_description, verified_by, verified_at";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate savepoint;
  private final ConfigurationRegistry registry;
  private final ServiceDirectory services;
  private final ProcessEngine engine;
  private final ProcessRecords records;
  private final CurrentUser currentUser;

  public ConfigurationAuditService(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
      ConfigurationRegistry registry, ServiceDirectory services, ProcessEngine engine, ProcessRecords records,
      CurrentUser currentUser) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactionManager);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    this.registry = registry;
    this.services = services;
    this.engine = engine;
    this.records = records;
    this.currentUser = currentUser;
  }

  /**
   * Starts the audit of all items of the service named in {@code body} as the current user; returns its key.
   * Only config-managers and ops-managers (the groups IdentitySetup lets start audits) may, which is
   * checked before the request is looked at.
   */
  public String requestServiceAudit(Map<String, Object> body) {
    currentUser.requireMemberOf("只有配置管理员或运维管理部可以发起服务配置审计", ItsmGroup.CONFIG_MANAGERS,
        ItsmGroup.OPS_MANAGERS);
    InvalidInputException.throwIfAny("配置审计申请有误，请修正以下字段", new FieldChecks(body)
        .oneOf(ConfigurationProcess.Variables.SERVICE_ID, "服务", true, services.names())
        .noOtherFields(Choices.of(ConfigurationProcess.Variables.SERVICE_ID, "服务"))
        .errors());
    return engine.getRuntimeService().createMessageCorrelation(ConfigurationProcess.MESSAGE_AUDIT_REQUESTED)
        .setVariable(ConfigurationProcess.Variables.SERVICE_ID, body.get(ConfigurationProcess.Variables.SERVICE_ID))
        .correlateStartMessage().getBusinessKey();
  }

  /**
   * Records a verification and, for an inaccurate item, corrects it in the CMDB. A verification of the
   * same item in the same audit that is already recorded changes nothing (a retried completion). An
   * inaccurate item that changed since it was sampled is refused by the CMDB (InvalidInputException), so
   * the completion fails with that reason and nothing is recorded. Joins the caller's transaction (the engine's, when called from the process).
   *
   * @return whether the result was new
   */
  public boolean record(ConfigurationAuditResult result) {
    try {
      // a savepoint: on PostgreSQL a failed INSERT would otherwise abort the caller's transaction
      savepoint.executeWithoutResult(status -> jdbc.update("INSERT INTO itsm_configuration_audit_result ("
              + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", result.auditKey(), result.itemId(),
          result.verifiedRevision(), result.accurate(), result.finding(), result.correctedVersion(),
          result.correctedLocation(), result.correctedDescription(), result.verifiedBy(),
          result.verifiedAt().atOffset(ZoneOffset.UTC)));
    } catch (DuplicateKeyException alreadyRecorded) {
      return false;
    }
    if (!result.accurate()) {
      registry.correctAfterAudit(result.itemId(), result.verifiedRevision(), new ItemCorrection(
          result.correctedVersion(), result.correctedLocation(), result.correctedDescription()), result.auditKey(),
          result.verifiedBy(), result.finding());
    }
    return true;
  }

  /** How many items of one audit were verified, and how many of them were accurate. */
  public record Tally(int verified, int accurate) {}

  public Tally tally(String auditKey) {
    return jdbc.queryForObject("SELECT COUNT(*) AS verified, COALESCE(SUM(CASE WHEN accurate THEN 1 ELSE 0 END), 0) "
        + "AS accurate FROM itsm_configuration_audit_result WHERE audit_key = ?",
        (row, number) -> new Tally(row.getInt("verified"), row.getInt("accurate")), auditKey);
  }

  /** The results of one audit, in the order they were recorded. */
  public List<ConfigurationAuditResult> results(String auditKey) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_configuration_audit_result WHERE audit_key = ? ORDER BY id",
        ConfigurationAuditService::map, auditKey);
  }

  /** The open or completed audit with this key; empty when unknown or not readable by the current user. */
  public Optional<ConfigurationAuditView> find(String auditKey) {
    if (!auditKey.startsWith(ConfigurationProcess.AUDIT_BUSINESS_KEY_PREFIX + "-")) {
      return Optional.empty();
    }
    return records.find(ConfigurationProcess.AUDIT_PROCESS_KEY, auditKey).map(record -> ConfigurationAuditView.of(auditKey,
        record.instance().getEndActivityId(), record.variables(), results(auditKey)));
  }

  private static ConfigurationAuditResult map(ResultSet row, int number) throws SQLException {
    return new ConfigurationAuditResult(row.getString("audit_key"), row.getLong("item_id"),
        row.getInt("verified_revision"), row.getBoolean("accurate"), row.getString("finding"),
        row.getString("corrected_version"), row.getString("corrected_location"),
        row.getString("corrected_description"), row.getString("verified_by"),
        row.getObject("verified_at", java.time.OffsetDateTime.class).toInstant());
  }
}
