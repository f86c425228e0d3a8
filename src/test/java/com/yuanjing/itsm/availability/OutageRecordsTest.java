package com.yuanjing.itsm.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yuanjing.itsm.servicelevel.ItService;
import com.yuanjing.itsm.servicelevel.ServiceDirectory;
import com.yuanjing.itsm.testsupport.TestDatabase;
import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.InvalidInputException;
import com.yuanjing.itsm.web.NotFoundException;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** {@link OutageRecords} on a fresh database of the selected kind, migrated as the application does. */
@Tag("database")
class OutageRecordsTest {

  private static final Instant START = Instant.parse("2026-11-10T02:00:00Z");

  private JdbcTemplate jdbc;
  private OutageRecords outages;

  @BeforeEach
  void migrate() {
    DataSource dataSource = new DriverManagerDataSource(TestDatabase.newDatabaseUrl("outages"),
        TestDatabase.username(), TestDatabase.password());
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").table("itsm_schema_history")
        .load().migrate();
    jdbc = new JdbcTemplate(dataSource);
    outages = new OutageRecords(jdbc, ServiceDirectory.of(List.of(
        new ItService("online-banking", "网上银行系统", "GOLD"), new ItService("core-accounting", "核心账务系统", "GOLD"))));
  }

  @Test
  void anOutageIsOpenedRestoredAndReviewed() {
    long id = outages.open("online-banking", START, "数据库主节点宕机", false, null, OutageSource.INCIDENT,
        "INC-2026-000042", "engineer");

    Outage open = outages.find(id).orElseThrow();
    assertThat(open.serviceId()).isEqualTo("online-banking");
    assertThat(open.startedAt()).isEqualTo(START);
    assertThat(open.endedAt()).isNull();
    assertThat(open.source()).isEqualTo(OutageSource.INCIDENT);
    assertThat(open.sourceKey()).isEqualTo("INC-2026-000042");
    assertThat(open.recordedBy()).isEqualTo("engineer");
    assertThat(open.recordedAt()).isNotNull();

    outages.restore(id, START.plusSeconds(3 * 3600));
    outages.restore(id, START.plusSeconds(3 * 3600));
    outages.review(id, "主节点磁盘写满", "PRB-2026-000007");

    Outage reviewed = outages.find(id).orElseThrow();
    assertThat(reviewed.endedAt()).isEqualTo(START.plusSeconds(3 * 3600));
    assertThat(reviewed.rootCause()).isEqualTo("主节点磁盘写满");
    assertThat(reviewed.problemKey()).isEqualTo("PRB-2026-000007");
  }

  @Test
  void overlappingFindsTheOutagesOfAServiceThatTouchThePeriodOngoingOnesIncluded() {
    long before = outages.open("online-banking", START.minusSeconds(7200), "网络中断", false, null,
        OutageSource.ALERT, "ALERT-1", "engineer");
    outages.restore(before, START.minusSeconds(3600));
    long across = outages.open("online-banking", START.minusSeconds(1800), "网络中断", false, null,
        OutageSource.ALERT, "ALERT-2", "engineer");
    outages.restore(across, START.plusSeconds(600));
    long ongoing = outages.open("online-banking", START.plusSeconds(3600), "计划内升级", true, "CHG-2026-000003",
        OutageSource.MANUAL, null, "engineer");
    outages.open("core-accounting", START, "应用崩溃", false, null, OutageSource.MANUAL, null, "engineer");

    assertThat(outages.overlapping("online-banking", START, START.plusSeconds(86400)))
        .extracting(Outage::id).containsExactly(across, ongoing);
    assertThat(outages.overlapping("online-banking", START, START.plusSeconds(86400)).get(1).planned()).isTrue();
    assertThat(outages.overlapping(START, START.plusSeconds(86400))).hasSize(3);
  }

  @Test
  void aRecordIsFoundByItsOutageKeyAndKeepsTheConfirmedPlannedPart() {
    long id = outages.open("online-banking", START, "数据库升级", true, "CHG-2026-000042", OutageSource.MANUAL, null,
        "engineer", "OUT-2026-000077");
    outages.open("online-banking", START, "另一中断", false, null, OutageSource.MANUAL, null, "engineer",
        "OUT-2026-000078");
    outages.restore(id, START.plusSeconds(3 * 3600));

    assertThat(outages.findByKey("OUT-2026-000077")).map(Outage::id).contains(id);
    assertThat(outages.findByKey("OUT-2026-000079")).isEmpty();
    assertThat(outages.find(id).orElseThrow().plannedFrom()).as("unconfirmed").isNull();
    assertThat(outages.find(id).orElseThrow().interval().plannedFrom()).isNull();

    outages.confirmPlanned(id, START, START.plusSeconds(3600));
    Outage confirmed = outages.find(id).orElseThrow();
    assertThat(confirmed.plannedFrom()).isEqualTo(START);
    assertThat(confirmed.plannedTo()).isEqualTo(START.plusSeconds(3600));
    assertThat(confirmed.interval()).isEqualTo(new AvailabilityCalculator.Outage(START, START.plusSeconds(3 * 3600),
        START, START.plusSeconds(3600)));

    outages.markUnplanned(id);
    assertThat(outages.find(id).orElseThrow().planned()).isFalse();
    assertThat(outages.find(id).orElseThrow().plannedFrom()).isNull();
  }

  @Test
  void badInputIsRefusedFieldByFieldAndChangesNothing() {
    assertThatThrownBy(() -> outages.open("no-such-service", START, " ", true, null, OutageSource.ALERT, null,
        "engineer"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactly("serviceId", "cause", "changeKey", "sourceKey"));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM itsm_outage", Long.class)).isZero();

    long id = outages.open("online-banking", START, "数据库主节点宕机", false, null, OutageSource.MANUAL, null,
        "engineer");
    assertThatThrownBy(() -> outages.review(id, "磁盘写满", null))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.errors()).extracting(FieldError::label).containsExactly("根本原因"));
    assertThatThrownBy(() -> outages.restore(id, START.minusSeconds(1)))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.errors()).extracting(FieldError::label).containsExactly("恢复时间"))
        .hasMessageContaining("不能早于中断开始时间 2026-11-10 10:00");
    outages.restore(id, START.plusSeconds(60));
    assertThatThrownBy(() -> outages.restore(id, START.plusSeconds(120)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("该中断已于 2026-11-10 10:01 恢复");
    assertThat(outages.find(id).orElseThrow().endedAt()).isEqualTo(START.plusSeconds(60));
    assertThatThrownBy(() -> outages.restore(id + 1, START)).isInstanceOf(NotFoundException.class);
  }
}
