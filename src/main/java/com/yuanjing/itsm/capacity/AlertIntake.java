package com.yuanjing.itsm.capacity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuanjing.itsm.identity.ItsmGroup;
import com.yuanjing.itsm.identity.SystemActions;
import com.yuanjing.itsm.notification.Notice;
import com.yuanjing.itsm.notification.NotificationService;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records the alerts of the monitoring system, one row per firing episode (fingerprint and start): a
 * repeated notification of an episode updates its row, a resolved one ends it, and a resolved alert whose
 * firing one was never received is stored as resolved, so that nothing is lost. A notification is recorded
 * whole or not at all. A new firing episode is announced as {@link AlertFired}, the end of a firing one as
 * {@link AlertResolved}; the processes react to them only after the notification is committed, each
 * reaction in a transaction of its own ({@link #react}), so that no process problem can lose monitoring data.
 */
@Service
public class AlertIntake {

  public static final int LIST_LIMIT = 200;

  private static final Logger LOG = LoggerFactory.getLogger(AlertIntake.class);
  private static final String COLUMNS = "id, fingerprint, alert_name, status, severity, service_id, ci_id, labels, "
      + "annotations, starts_at, ends_at, received_at, updated_at, receiver";

  /** Attempts of a reaction that fails on a concurrent change: the first and one immediate retry. */
  static final int REACTION_ATTEMPTS = 2;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final TransactionTemplate ownTransaction;
  private final AlertMapping mapping;
  private final ApplicationEventPublisher events;
  private final NotificationService notifications;
  private final ProcessEngine engine;
  private final ObjectMapper json = new ObjectMapper();

  public AlertIntake(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, AlertMapping mapping,
      ApplicationEventPublisher events, NotificationService notifications, ProcessEngine engine) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactionManager);
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.mapping = mapping;
    this.events = events;
    this.notifications = notifications;
    this.engine = engine;
  }

  /**
   * Records every alert of the notification in one transaction, then announces the new and ended episodes, so
   * that the processes react with the notification committed and its connection given back.
   */
  public IntakeResult receive(AlertmanagerPayload payload) {
    List<Object> announcements = new ArrayList<>();
    IntakeResult result = transaction.execute(status -> {
      Instant now = ClockUtil.getCurrentTime().toInstant();
      int created = 0;
      int updated = 0;
      int resolved = 0;
      int unmapped = 0;
      for (ReceivedAlert alert : payload.alerts()) {
        AlertMapping.Target target = mapping.map(alert.labels());
        if (target.serviceId() == null) {
          unmapped++;
          LOG.info("Alert {} ({}) names no known service: labels {}", alert.alertName(), alert.fingerprint(),
              alert.labels());
        }
        Optional<AlertStatus> stored = storedStatus(alert);
        if (stored.isEmpty()) {
          insert(alert, target, payload, now);
          created++;
          if (alert.status() == AlertStatus.FIRING) {
            announcements.add(new AlertFired(find(alert)));
          }
        } else if (alert.status() == AlertStatus.RESOLVED && stored.get() == AlertStatus.FIRING) {
          end(alert, now);
          announcements.add(new AlertResolved(find(alert)));
        } else {
          // a repeat, or a firing notification arriving after its resolution: the episode stays as it is
          touch(alert, now);
          updated++;
          continue;
        }
        if (alert.status() == AlertStatus.RESOLVED) {
          resolved++;
        }
      }
      return new IntakeResult(payload.alerts().size(), created, updated, resolved, unmapped);
    });
    announcements.forEach(events::publishEvent);
    return result;
  }

  /**
   * A process's reaction to a stored alert (a listener of {@link AlertFired} or {@link AlertResolved}), in a
   * Spring transaction of its own that the engine's commands join: all of it commits or
   * none of it. A concurrent change (optimistic locking) is transient and retried once at once; a reaction that
   * still fails is logged with the alert and ops-managers are told, while the alert stays stored. Never throws.
   *
   * @param reaction what the process does, in Chinese, as ops-managers read it (e.g. 启动容量管理)
   */
  public void react(MonitoringAlert alert, String reaction, Runnable action) {
    for (int attempt = 1; ; attempt++) {
      try {
        ownTransaction.executeWithoutResult(status -> action.run());
        return;
      } catch (RuntimeException failure) {
        if (attempt < REACTION_ATTEMPTS && concurrentChange(failure)) {
          LOG.info("Alert {} (id {}, {}): {} met a concurrent change, retrying: {}", alert.alertName(), alert.id(),
              alert.serviceId(), reaction, failure.getMessage());
          continue;
        }
        LOG.error("Alert {} (id {}, fingerprint {}, service {}) is stored, but {} failed after {} attempt(s)",
            alert.alertName(), alert.id(), alert.fingerprint(), alert.serviceId(), reaction, attempt, failure);
        tellOpsManagers(alert, reaction, failure);
        return;
      }
    }
  }

  private static boolean concurrentChange(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockingException || cause instanceof ConcurrencyFailureException) {
        return true;
      }
    }
    return false;
  }

  private void tellOpsManagers(MonitoringAlert alert, String reaction, RuntimeException failure) {
    String service = alert.serviceId() == null ? "未识别" : alert.serviceId();
    try {
      ownTransaction.executeWithoutResult(status -> SystemActions.run(engine, () -> notifications.notifyGroup(
          ItsmGroup.OPS_MANAGERS.id(), Notice.ALERT_REACTION_FAILED, "告警 " + alert.id(),
          alert.alertName() + "（服务 " + service + "）：" + reaction + "未完成",
          "监控告警已保存，但流程未能处理，请人工处理（如手工登记）并检查相关流程或决策表。\n"
              + "告警：" + alert.alertName() + "（告警 " + alert.id() + "，指纹 " + alert.fingerprint() + "）\n"
              + "服务：" + service + "\n"
              + "开始时间：" + alert.startsAt() + "\n"
              + "未完成的处理：" + reaction + "\n"
              + "原因：" + (failure.getMessage() != null ? failure.getMessage() : failure.getClass().getName()))));
    } catch (RuntimeException notNotified) {
      LOG.error("Ops-managers could not be told that {} failed for alert {} (id {})", reaction, alert.alertName(),
          alert.id(), notNotified);
    }
  }

  /** Stored alerts, newest start first, at most {@link #LIST_LIMIT}; null criteria match all. */
  public List<MonitoringAlert> list(AlertStatus status, String serviceId) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM itsm_monitoring_alert WHERE 1 = 1");
    List<Object> parameters = new ArrayList<>();
    if (status != null) {
      sql.append(" AND status = ?");
      parameters.add(status.name());
    }
    if (serviceId != null) {
      sql.append(" AND service_id = ?");
      parameters.add(serviceId);
    }
    sql.append(" ORDER BY starts_at DESC, id DESC LIMIT " + LIST_LIMIT);
    return jdbc.query(sql.toString(), AlertIntake::alert, parameters.toArray());
  }

  private MonitoringAlert find(ReceivedAlert alert) {
    return jdbc.queryForObject("SELECT " + COLUMNS + " FROM itsm_monitoring_alert WHERE fingerprint = ? AND "
        + "starts_at = ?", AlertIntake::alert, alert.fingerprint(), time(alert.startsAt()));
  }

  private Optional<AlertStatus> storedStatus(ReceivedAlert alert) {
    return jdbc.queryForList("SELECT status FROM itsm_monitoring_alert WHERE fingerprint = ? AND starts_at = ?",
        String.class, alert.fingerprint(), time(alert.startsAt())).stream().findFirst().map(AlertStatus::valueOf);
  }

  private void insert(ReceivedAlert alert, AlertMapping.Target target, AlertmanagerPayload payload, Instant now) {
    jdbc.update("INSERT INTO itsm_monitoring_alert (fingerprint, alert_name, status, severity, service_id, ci_id, "
            + "labels, annotations, starts_at, ends_at, received_at, updated_at, receiver, group_key) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        alert.fingerprint(), alert.alertName(), alert.status().name(), alert.severity(), target.serviceId(),
        target.ciId(), toJson(alert.labels()), toJson(alert.annotations()), time(alert.startsAt()),
        alert.status() == AlertStatus.RESOLVED ? time(endOf(alert, now)) : null, time(now), time(now),
        payload.receiver(), payload.groupKey());
  }

  private void end(ReceivedAlert alert, Instant now) {
    jdbc.update("UPDATE itsm_monitoring_alert SET status = ?, ends_at = ?, annotations = ?, updated_at = ? "
            + "WHERE fingerprint = ? AND starts_at = ?",
        AlertStatus.RESOLVED.name(), time(endOf(alert, now)), toJson(alert.annotations()), time(now),
        alert.fingerprint(), time(alert.startsAt()));
  }

  private void touch(ReceivedAlert alert, Instant now) {
    jdbc.update("UPDATE itsm_monitoring_alert SET annotations = ?, updated_at = ? WHERE fingerprint = ? AND starts_at = ?",
        toJson(alert.annotations()), time(now), alert.fingerprint(), time(alert.startsAt()));
  }

  /** A resolved alert without an end time ended when it was received. */
  private static Instant endOf(ReceivedAlert alert, Instant now) {
    return alert.endsAt() != null ? alert.endsAt() : now;
  }

  private String toJson(Map<String, String> values) {
    try {
      return json.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write alert labels as JSON", e);
    }
  }

  private static OffsetDateTime time(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static MonitoringAlert alert(ResultSet rs, int row) throws SQLException {
    return new MonitoringAlert(rs.getLong("id"), rs.getString("fingerprint"), rs.getString("alert_name"),
        AlertStatus.valueOf(rs.getString("status")), rs.getString("severity"), rs.getString("service_id"),
        rs.getObject("ci_id", Long.class), rs.getString("labels"), rs.getString("annotations"),
        instant(rs, "starts_at"), instant(rs, "ends_at"), instant(rs, "received_at"), instant(rs, "updated_at"),
        rs.getString("receiver"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
