package com.yuanjing.itsm.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuanjing.itsm.configuration.ChangeApprovals;
import com.yuanjing.itsm.configuration.CmdbDatabase;
import com.yuanjing.itsm.configuration.ConfigurationItemService;
import com.yuanjing.itsm.notification.Notice;
import com.yuanjing.itsm.notification.NotificationService;
import com.yuanjing.itsm.servicelevel.ItService;
import com.yuanjing.itsm.servicelevel.ServiceDirectory;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The intake and the label mapping on a real database (H2, or PostgreSQL with -Ditsm.test.database=postgres)
 * with the real CMDB service. The tests share one database and use fingerprints of their own.
 */
@Tag("database")
class AlertIntakeTest {

  private static final AtomicInteger NUMBER = new AtomicInteger();
  private static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");
  private static final Instant START = Instant.parse("2026-03-02T02:15:30.123456Z");

  private static CmdbDatabase database;
  private static long bankingDatabase;
  private final List<Object> published = new ArrayList<>();
  private final List<Boolean> publishedInTransaction = new ArrayList<>();
  private final NotificationService notifications = mock(NotificationService.class);
  private AlertIntake intake;

  @BeforeAll
  static void migrate() {
    database = CmdbDatabase.migratedTo("monitoring_alerts", "latest");
    database.jdbc.update("INSERT INTO itsm_ci (ci_type, name, service_id, environment, status, revision, created_at, "
        + "updated_at) VALUES ('DATABASE', 'bank-db-01', 'online-banking', 'PRODUCTION', 'ACTIVE', 1, ?, ?)",
        NOW.atOffset(ZoneOffset.UTC), NOW.atOffset(ZoneOffset.UTC));
    bankingDatabase = database.jdbc.queryForObject("SELECT id FROM itsm_ci WHERE name = 'bank-db-01'", Long.class);
  }

  @BeforeEach
  void createIntake() {
    ServiceDirectory services = ServiceDirectory.of(List.of(new ItService("online-banking", "网上银行系统", "GOLD"),
        new ItService("office-oa", "办公自动化系统", "BRONZE")));
    ConfigurationItemService cmdb = new ConfigurationItemService(database.jdbc, database.transactionManager, services,
        mock(ChangeApprovals.class));
    MonitoringProperties properties = new MonitoringProperties(List.of("service", "job"), List.of("ci", "instance"),
        Map.of("job", Map.of("banking-api", "online-banking")));
    intake = new AlertIntake(database.jdbc, database.transactionManager, new AlertMapping(properties, services, cmdb),
        event -> {
          published.add(event);
          publishedInTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
        }, notifications, engineRunningCommandsDirectly());
    ClockUtil.setCurrentTime(Date.from(NOW));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aFiringAlertIsStoredWithTheServiceItsLabelNames() {
    String fingerprint = fingerprint();

    IntakeResult result = intake.receive(payload(firing(fingerprint, Map.of("service", "office-oa"))));

    assertThat(result).isEqualTo(new IntakeResult(1, 1, 0, 0, 0));
    MonitoringAlert alert = stored(fingerprint);
    assertThat(alert.status()).isEqualTo(AlertStatus.FIRING);
    assertThat(alert.alertName()).isEqualTo("HighCpu");
    assertThat(alert.severity()).isEqualTo("critical");
    assertThat(alert.serviceId()).isEqualTo("office-oa");
    assertThat(alert.ciId()).isNull();
    assertThat(alert.startsAt()).isEqualTo(START);
    assertThat(alert.endsAt()).isNull();
    assertThat(alert.receivedAt()).isEqualTo(NOW);
    assertThat(alert.receiver()).isEqualTo("itsm");
    assertThat(alert.annotations()).contains("CPU 使用率过高");
  }

  @Test
  void aRepeatedFiringAlertUpdatesItsEpisodeInsteadOfAddingOne() {
    String fingerprint = fingerprint();
    intake.receive(payload(firing(fingerprint, Map.of("job", "banking-api"))));
    Instant later = NOW.plusSeconds(300);
    ClockUtil.setCurrentTime(Date.from(later));

    IntakeResult result = intake.receive(payload(new ReceivedAlert(AlertStatus.FIRING, fingerprint, "HighCpu",
        "critical", Map.of("alertname", "HighCpu", "job", "banking-api"), Map.of("summary", "仍然过高"), START, null)));

    assertThat(result).isEqualTo(new IntakeResult(1, 0, 1, 0, 0));
    assertThat(rows(fingerprint)).isEqualTo(1);
    MonitoringAlert alert = stored(fingerprint);
    assertThat(alert.serviceId()).as("job banking-api is mapped to the service").isEqualTo("online-banking");
    assertThat(alert.receivedAt()).isEqualTo(NOW);
    assertThat(alert.updatedAt()).isEqualTo(later);
    assertThat(alert.annotations()).contains("仍然过高");
  }

  @Test
  void aResolvedAlertEndsItsFiringEpisodeAndANewStartIsANewEpisode() {
    String fingerprint = fingerprint();
    intake.receive(payload(firing(fingerprint, Map.of("service", "online-banking"))));
    Instant end = START.plusSeconds(900);

    IntakeResult result = intake.receive(payload(resolved(fingerprint, START, end)));

    assertThat(result).isEqualTo(new IntakeResult(1, 0, 0, 1, 0));
    MonitoringAlert alert = stored(fingerprint);
    assertThat(alert.status()).isEqualTo(AlertStatus.RESOLVED);
    assertThat(alert.endsAt()).isEqualTo(end);

    assertThat(intake.receive(payload(resolved(fingerprint, START, end))))
        .as("a repeated resolution changes nothing").isEqualTo(new IntakeResult(1, 0, 1, 0, 0));
    assertThat(intake.receive(payload(firing(fingerprint, Map.of("service", "online-banking")))))
        .as("a late firing notification does not reopen the episode").isEqualTo(new IntakeResult(1, 0, 1, 0, 0));
    assertThat(stored(fingerprint).status()).isEqualTo(AlertStatus.RESOLVED);

    ReceivedAlert again = new ReceivedAlert(AlertStatus.FIRING, fingerprint, "HighCpu", null,
        Map.of("alertname", "HighCpu", "service", "online-banking"), Map.of(), end.plusSeconds(600), null);
    assertThat(intake.receive(payload(again))).isEqualTo(new IntakeResult(1, 1, 0, 0, 0));
    assertThat(rows(fingerprint)).isEqualTo(2);
  }

  @Test
  void aResolvedAlertWithoutItsFiringOneIsStoredAsResolved() {
    String fingerprint = fingerprint();

    IntakeResult result = intake.receive(payload(resolved(fingerprint, START, null)));

    assertThat(result).isEqualTo(new IntakeResult(1, 1, 0, 1, 0));
    MonitoringAlert alert = stored(fingerprint);
    assertThat(alert.status()).isEqualTo(AlertStatus.RESOLVED);
    assertThat(alert.endsAt()).as("without an end it ended when received").isEqualTo(NOW);
  }

  @Test
  void unknownLabelsAreStoredUnmapped() {
    String unknown = fingerprint();
    String notInCatalogue = fingerprint();

    IntakeResult result = intake.receive(payload(firing(unknown, Map.of("team", "dba", "instance", "10.9.9.9:9100")),
        firing(notInCatalogue, Map.of("service", "no-such-service", "job", "node"))));

    assertThat(result).isEqualTo(new IntakeResult(2, 2, 0, 0, 2));
    assertThat(List.of(stored(unknown), stored(notInCatalogue))).allSatisfy(alert -> {
      assertThat(alert.serviceId()).isNull();
      assertThat(alert.ciId()).isNull();
    });
    assertThat(stored(unknown).labels()).contains("\"team\":\"dba\"");
  }

  @Test
  void anInstanceNamesTheConfigurationItemAndThroughItTheService() throws Exception {
    String byInstance = fingerprint();
    String byCiLabel = fingerprint();

    IntakeResult result = intake.receive(payload(firing(byInstance, Map.of("instance", "bank-db-01:9187")),
        firing(byCiLabel, Map.of("ci", "BANK-DB-01", "service", "office-oa"))));

    assertThat(result.unmapped()).isZero();
    assertThat(stored(byInstance).ciId()).isEqualTo(bankingDatabase);
    assertThat(stored(byInstance).serviceId()).isEqualTo("online-banking");
    assertThat(stored(byCiLabel).ciId()).isEqualTo(bankingDatabase);
    assertThat(stored(byCiLabel).serviceId()).as("a service label wins over the item's service").isEqualTo("office-oa");
    assertThat(new ObjectMapper().readTree(stored(byInstance).labels()).get("instance").asText())
        .isEqualTo("bank-db-01:9187");
  }

  @Test
  void listsNewestFirstByStatusAndService() {
    String older = fingerprint();
    String newer = fingerprint();
    intake.receive(payload(firing(older, Map.of("service", "office-oa")), new ReceivedAlert(AlertStatus.FIRING,
        newer, "DiskFull", "warning", Map.of("alertname", "DiskFull", "service", "office-oa"), Map.of(),
        START.plusSeconds(60), null)));

    assertThat(intake.list(AlertStatus.FIRING, "office-oa")).extracting(MonitoringAlert::fingerprint)
        .containsSubsequence(newer, older);
    assertThat(intake.list(AlertStatus.RESOLVED, null)).extracting(MonitoringAlert::fingerprint)
        .doesNotContain(newer, older);
  }

  @Test
  void announcesOnlyOnceTheNotificationIsCommittedSoThatNoReactionHoldsItsConnection() {
    String fingerprint = fingerprint();

    intake.receive(payload(firing(fingerprint, Map.of("service", "office-oa"))));
    intake.receive(payload(resolved(fingerprint, START, NOW)));

    assertThat(publishedInTransaction).containsExactly(false, false);
    assertThat(stored(fingerprint).status()).isEqualTo(AlertStatus.RESOLVED);
  }

  @Test
  void announcesANewFiringEpisodeOnceAndItsEndOnce() {
    String fingerprint = fingerprint();
    ReceivedAlert firing = firing(fingerprint, Map.of("service", "office-oa"));

    intake.receive(payload(firing));
    intake.receive(payload(firing));
    intake.receive(payload(resolved(fingerprint, START, NOW)));
    intake.receive(payload(resolved(fingerprint, START, NOW)));

    assertThat(published).hasSize(2);
    assertThat(published.get(0)).isInstanceOfSatisfying(AlertFired.class,
        fired -> assertThat(fired.alert().status()).isEqualTo(AlertStatus.FIRING));
    assertThat(published.get(1)).isInstanceOfSatisfying(AlertResolved.class, ended -> {
      assertThat(ended.alert().id()).isEqualTo(((AlertFired) published.get(0)).alert().id());
      assertThat(ended.alert().endsAt()).isEqualTo(NOW);
    });
  }

  @Test
  void announcesNothingForAResolvedAlertWhoseFiringOneWasNeverReceived() {
    intake.receive(payload(resolved(fingerprint(), START, NOW)));

    assertThat(published).isEmpty();
  }

  @Test
  void aReactionRunsInATransactionOfItsOwnAndIsRetriedOnceAfterAConcurrentChange() {
    MonitoringAlert alert = storedAlert();
    String written = fingerprint();
    AtomicInteger attempts = new AtomicInteger();

    intake.react(alert, "启动容量管理", () -> {
      intake.receive(payload(firing(written, Map.of("service", "office-oa"))));
      if (attempts.incrementAndGet() == 1) {
        throw new OptimisticLockingException("ACT_RU_EXECUTION was updated by another transaction concurrently");
      }
    });

    assertThat(attempts).hasValue(2);
    assertThat(rows(written)).as("the failed attempt was rolled back, the retry committed").isEqualTo(1);
    verify(notifications, never()).notifyGroup(anyString(), any(), anyString(), anyString(), anyString());
  }

  @Test
  void aFailingReactionIsRolledBackLoggedAndReportedToOpsManagersAndTheAlertStays() {
    MonitoringAlert alert = storedAlert();
    String written = fingerprint();
    AtomicInteger attempts = new AtomicInteger();

    intake.react(alert, "登记服务中断", () -> {
      attempts.incrementAndGet();
      intake.receive(payload(firing(written, Map.of("service", "office-oa"))));
      throw new IllegalArgumentException("No enum constant CapacityType.NETWORK");
    });

    assertThat(attempts).as("only a concurrent change is retried").hasValue(1);
    assertThat(rows(written)).isZero();
    assertThat(rows(alert.fingerprint())).isEqualTo(1);
    verify(notifications).notifyGroup(eq("ops-managers"), eq(Notice.ALERT_REACTION_FAILED), eq("告警 " + alert.id()),
        contains("HighCpu（服务 office-oa）：登记服务中断"), contains("原因：No enum constant CapacityType.NETWORK"));
  }

  @Test
  void aReactionThatMeetsConcurrentChangesTwiceIsReported() {
    MonitoringAlert alert = storedAlert();
    AtomicInteger attempts = new AtomicInteger();

    intake.react(alert, "登记服务恢复", () -> {
      attempts.incrementAndGet();
      throw new OptimisticLockingException("concurrently updated");
    });

    assertThat(attempts).hasValue(AlertIntake.REACTION_ATTEMPTS);
    verify(notifications).notifyGroup(eq("ops-managers"), eq(Notice.ALERT_REACTION_FAILED), eq("告警 " + alert.id()),
        contains("登记服务恢复"), contains("服务：office-oa"));
  }

  private MonitoringAlert storedAlert() {
    String fingerprint = fingerprint();
    intake.receive(payload(firing(fingerprint, Map.of("service", "office-oa"))));
    return stored(fingerprint);
  }

  /** An engine whose commands run at once, without authorization checks, for posting notices. */
  @SuppressWarnings("unchecked")
  private static ProcessEngine engineRunningCommandsDirectly() {
    CommandContext context = mock(CommandContext.class);
    try {
      when(context.runWithoutAuthorization(any(Callable.class)))
          .thenAnswer(call -> ((Callable<Object>) call.getArgument(0)).call());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    CommandExecutor executor = new CommandExecutor() {
      @Override
      public <T> T execute(Command<T> command) {
        return command.execute(context);
      }
    };
    ProcessEngineConfigurationImpl configuration = mock(ProcessEngineConfigurationImpl.class);
    when(configuration.getCommandExecutorTxRequired()).thenReturn(executor);
    ProcessEngine engine = mock(ProcessEngine.class);
    when(engine.getProcessEngineConfiguration()).thenReturn(configuration);
    return engine;
  }

  private static String fingerprint() {
    return "fp" + NUMBER.incrementAndGet() + "x" + System.nanoTime();
  }

  private static ReceivedAlert firing(String fingerprint, Map<String, String> labels) {
    Map<String, String> all = new HashMap<>(labels);
    all.put("alertname", "HighCpu");
    all.put("severity", "critical");
    return new ReceivedAlert(AlertStatus.FIRING, fingerprint, "HighCpu", "critical", all,
        Map.of("summary", "CPU 使用率过高"), START, null);
  }

  private static ReceivedAlert resolved(String fingerprint, Instant startsAt, Instant endsAt) {
    return new ReceivedAlert(AlertStatus.RESOLVED, fingerprint, "HighCpu", "critical",
        Map.of("alertname", "HighCpu", "service", "online-banking"), Map.of(), startsAt, endsAt);
  }

  private static AlertmanagerPayload payload(ReceivedAlert... alerts) {
    return new AlertmanagerPayload("itsm", "{}:{alertname=\"HighCpu\"}", List.of(alerts));
  }

  private MonitoringAlert stored(String fingerprint) {
    return intake.list(null, null).stream().filter(alert -> alert.fingerprint().equals(fingerprint))
        .findFirst().orElseThrow();
  }

  private static int rows(String fingerprint) {
    return database.jdbc.queryForObject("SELECT COUNT(*) FROM itsm_monitoring_alert WHERE fingerprint = ?",
        Integer.class, fingerprint);
  }
}
