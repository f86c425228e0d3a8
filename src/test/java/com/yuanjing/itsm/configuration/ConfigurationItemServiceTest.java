package com.yuanjing.itsm.configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.yuanjing.itsm.configuration.ConfigurationRequest.Operation;
import com.yuanjing.itsm.configuration.ItemRelation.Direction;
import com.yuanjing.itsm.servicelevel.ItService;
import com.yuanjing.itsm.servicelevel.ServiceDirectory;
import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.InvalidInputException;
import com.yuanjing.itsm.web.ConflictException;
import com.yuanjing.itsm.web.NotFoundException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The CMDB service on a real database (H2, or PostgreSQL with -Ditsm.test.database=postgres), migrated by
 * Flyway. Whether a change or release is approved is the edge {@link ChangeApprovals}, mocked here and
 * tested on the engine in {@link ChangeApprovalsTest}. The tests share one database and use names of their own.
 */
@Tag("database")
class ConfigurationItemServiceTest {

  private static final AtomicInteger NUMBER = new AtomicInteger();
  private static final Instant BASE = Instant.parse("2026-03-07T14:30:00Z");
  private static final String APPROVED_CHANGE = "CHG-2026-000001";
  private static final String UNAPPROVED_CHANGE = "CHG-2026-000002";
  private static final String APPROVED_RELEASE = "REL-2026-000001";

  private static CmdbDatabase database;
  private ConfigurationItemService cmdb;

  @BeforeAll
  static void migrate() {
    database = CmdbDatabase.migratedTo("cmdb_service", "latest");
  }

  @BeforeEach
  void createService() {
    ChangeApprovals approvals = mock(ChangeApprovals.class);
    when(approvals.changeApproved(APPROVED_CHANGE)).thenReturn(true);
    when(approvals.releaseApproved(APPROVED_RELEASE)).thenReturn(true);
    ServiceDirectory services = ServiceDirectory.of(List.of(new ItService("online-banking", "网上银行系统", "GOLD"),
        new ItService("core-accounting", "核心账务系统", "GOLD"), new ItService("office-oa", "办公自动化系统", "BRONZE")));
    cmdb = new ConfigurationItemService(database.jdbc, database.transactionManager, services, approvals);
  }

  // ---------------------------------------------------------------------------------- register, update

  @Test
  void aTestItemNeedsOnlyAReasonAndKeepsWhoAndWhyInItsHistory() {
    ConfigurationItem item = cmdb.register(request(CiType.SERVER, unique("app"), "online-banking", Environment.TEST),
        by("config", "新测试服务器上线"));

    assertThat(item.status()).isEqualTo(CiStatus.ACTIVE);
    assertThat(item.revision()).isEqualTo(1);
    assertThat(item.createdBy()).isEqualTo("config");
    assertThat(cmdb.find(item.id())).contains(item);

    ConfigurationItem updated = cmdb.update(item.id(), new ConfigurationRequest(Operation.UPDATE, item.id(), null,
        item.name(), "office-oa", Environment.TEST, "RHEL 9.4", "10.0.0.8", "李工", "扩容"),
        by("engineer", "迁移到办公系统"), 1);

    assertThat(updated.revision()).isEqualTo(2);
    assertThat(updated.serviceId()).isEqualTo("office-oa");
    assertThat(updated.location()).isEqualTo("10.0.0.8");
    assertThat(updated.updatedBy()).isEqualTo("engineer");
    List<HistoryEntry> history = cmdb.history(item.id());
    assertThat(history).extracting(HistoryEntry::operation)
        .containsExactly(HistoryOperation.UPDATED, HistoryOperation.REGISTERED);
    assertThat(history).extracting(HistoryEntry::changedBy).containsExactly("engineer", "config");
    assertThat(history).extracting(HistoryEntry::reason).containsExactly("迁移到办公系统", "新测试服务器上线");
    assertThat(history).extracting(HistoryEntry::revision).containsExactly(2, 1);
    assertThat(history.get(0).snapshot()).contains("\"serviceId\":\"office-oa\"", "\"revision\":2");
    assertThat(history.get(1).snapshot()).contains("\"serviceId\":\"online-banking\"", "\"revision\":1");
  }

  @Test
  void aProductionItemChangesOnlyUnderAnApprovedChangeOrRelease() {
    String name = unique("core");
    ConfigurationRequest production = request(CiType.APPLICATION, name, "core-accounting", Environment.PRODUCTION);

    assertRefused(() -> cmdb.register(production, by("config", "上线")), "changeKey", "变更单号");
    assertRefused(() -> cmdb.register(production, new ChangeAuthority("config", "上线", "CHG-2026-999999", null, null)),
        "changeKey", "未找到已批准的变更 CHG-2026-999999");
    assertRefused(() -> cmdb.register(production,
        new ChangeAuthority("config", "上线", UNAPPROVED_CHANGE, null, null)), "changeKey", "未找到已批准的变更");
    assertRefused(() -> cmdb.register(production, new ChangeAuthority("config", "上线", null, "REL-2026-999999", null)),
        "releaseKey", "未找到已批准的发布 REL-2026-999999");
    assertRefused(() -> cmdb.register(production, new ChangeAuthority("config", "上线", null, null, "AUD-2026-000001")),
        "auditKey", "审计");
    assertThat(cmdb.search(CiType.APPLICATION, null, name, null, null, 0, 10)).isEmpty();

    ConfigurationItem item = cmdb.register(production,
        new ChangeAuthority("config", "上线", APPROVED_CHANGE, null, null));
    ConfigurationItem retired = cmdb.retire(item.id(), new ChangeAuthority("config", "下线", null, APPROVED_RELEASE,
        null), item.revision());

    assertThat(retired.status()).isEqualTo(CiStatus.RETIRED);
    assertThat(cmdb.history(item.id())).extracting(HistoryEntry::changeKey).containsExactly(null, APPROVED_CHANGE);
    assertThat(cmdb.history(item.id())).extracting(HistoryEntry::releaseKey).containsExactly(APPROVED_RELEASE, null);
  }

  @Test
  void aTestItemThatBecomesProductionNeedsAnApprovedChange() {
    ConfigurationItem item = cmdb.register(request(CiType.DATABASE, unique("db"), null, Environment.TEST),
        by("config", "测试库"));
    ConfigurationRequest promote = new ConfigurationRequest(Operation.UPDATE, item.id(), null, item.name(), null,
        Environment.PRODUCTION, null, null, null, null);

    assertRefused(() -> cmdb.update(item.id(), promote, by("config", "投产"), item.revision()), "changeKey", "变更单号");
    assertThat(cmdb.find(item.id())).contains(item);
    assertThat(cmdb.update(item.id(), promote, new ChangeAuthority("config", "投产", APPROVED_CHANGE, null, null),
        item.revision()).environment()).isEqualTo(Environment.PRODUCTION);
  }

  @Test
  void badInputIsRefusedNamingEveryField() {
    String taken = unique("taken");
    cmdb.register(request(CiType.MIDDLEWARE, taken, null, Environment.TEST), by("config", "登记"));

    InvalidInputException refused = refusal(() -> cmdb.register(new ConfigurationRequest(Operation.REGISTER, null,
        null, " ", "no-such-service", null, "v".repeat(51), null, null, null), by("config", " ")));
    assertThat(refused.errors()).extracting(FieldError::field)
        .containsExactlyInAnyOrder("type", "name", "serviceId", "environment", "version", "reason");
    assertThat(refused.getMessage()).contains("名称", "所属服务", "环境", "版本", "变更原因");
    assertRefused(() -> cmdb.register(request(CiType.MIDDLEWARE, taken, null, Environment.TEST), by("config", "重复")),
        "name", "已有同名的中间件配置项");
    assertThat(cmdb.register(request(CiType.SERVER, taken, null, Environment.TEST), by("config", "另一类型"))
        .name()).as("unique per type").isEqualTo(taken);
  }

  @Test
  void aRefusalLeavesTheCallersTransactionCommittable() {
    // as the record step of the configuration process calls the port: inside the engine's job transaction
    ConfigurationItem retired = item(CiType.SERVER, "gone", null);
    cmdb.retire(retired.id(), by("config", "下线"), null);
    String name = unique("outer");
    TransactionTemplate caller = new TransactionTemplate(database.transactionManager);

    caller.executeWithoutResult(status -> {
      cmdb.register(request(CiType.SERVER, name, null, Environment.TEST), by("config", "调用方自己的写入"));
      assertRefused(() -> cmdb.apply(request(CiType.SERVER, name, null, Environment.TEST), by("config", "重复")),
          "name", "已有同名");
      assertRefused(() -> cmdb.apply(request(CiType.SERVER, unique("prod"), null, Environment.PRODUCTION),
          by("config", "无授权")), "changeKey", "变更单号");
      assertRefused(() -> cmdb.apply(request(CiType.SERVER, " ", null, Environment.TEST), by("config", "无名称")),
          "name", "不能为空");
      assertRefused(() -> cmdb.apply(new ConfigurationRequest(Operation.RETIRE, retired.id(), null, null, null, null,
          null, null, null, null), by("config", "再次退役")), "status", "已经退役");
      assertThat(status.isRollbackOnly()).as("the caller's transaction is intact").isFalse();
    });

    assertThat(cmdb.search(CiType.SERVER, null, name, null, null, 0, 10)).as("committed").hasSize(1);
  }

  @Test
  void aStaleRevisionIsAConflictAndChangesNothing() {
    ConfigurationItem item = cmdb.register(request(CiType.SERVER, unique("srv"), null, Environment.TEST),
        by("config", "登记"));
    ConfigurationRequest change = new ConfigurationRequest(Operation.UPDATE, item.id(), null, item.name(), null,
        Environment.TEST, "2", null, null, null);
    cmdb.update(item.id(), change, by("config", "第一次"), 1);

    assertThatThrownBy(() -> cmdb.update(item.id(), change, by("engineer", "基于旧版本"), 1))
        .isInstanceOf(ConflictException.class).hasMessageContaining("已被他人修改");
    assertThatThrownBy(() -> cmdb.retire(item.id(), by("engineer", "基于旧版本"), 1))
        .isInstanceOf(ConflictException.class);
    assertThat(cmdb.find(item.id()).orElseThrow().revision()).isEqualTo(2);
    assertThat(cmdb.history(item.id())).hasSize(2);
  }

  @Test
  void unknownItemsAreNotFound() {
    assertThatThrownBy(() -> cmdb.history(987_654_321L)).isInstanceOf(NotFoundException.class)
        .hasMessage("未找到配置项 #987654321");
    assertThatThrownBy(() -> cmdb.impactOf(987_654_321L)).isInstanceOf(NotFoundException.class);
    assertRefused(() -> cmdb.apply(new ConfigurationRequest(Operation.RETIRE, 987_654_321L, null, null, null, null,
        null, null, null, null), by("config", "退役")), "itemId", "未找到配置项");
  }

  // ---------------------------------------------------------------------------------- relations, impact

  @Test
  void relationsFollowTheirSemanticsAndAreKeptInBothHistories() {
    ConfigurationItem app = item(CiType.APPLICATION, "app", "online-banking");
    ConfigurationItem server = item(CiType.SERVER, "srv", null);
    ConfigurationItem database = item(CiType.DATABASE, "db", "core-accounting");
    ConfigurationItem settings = item(CiType.CONFIGURATION_SET, "cfg", null);

    ItemRelation runsOn = cmdb.addRelation(app.id(), RelationType.RUNS_ON, server.id(), by("config", "部署到服务器"));
    cmdb.addRelation(app.id(), RelationType.DEPENDS_ON, database.id(), by("config", "使用数据库"));
    cmdb.addRelation(app.id(), RelationType.CONTAINS, settings.id(), by("config", "应用配置"));

    assertThat(runsOn.direction()).isEqualTo(Direction.OUTGOING);
    assertThat(runsOn.otherName()).isEqualTo(server.name());
    assertThat(cmdb.relations(app.id())).extracting(ItemRelation::type, ItemRelation::direction, ItemRelation::otherId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(RelationType.RUNS_ON, Direction.OUTGOING, server.id()),
            org.assertj.core.groups.Tuple.tuple(RelationType.DEPENDS_ON, Direction.OUTGOING, database.id()),
            org.assertj.core.groups.Tuple.tuple(RelationType.CONTAINS, Direction.OUTGOING, settings.id()));
    assertThat(cmdb.relations(server.id())).singleElement().satisfies(relation -> {
      assertThat(relation.direction()).isEqualTo(Direction.INCOMING);
      assertThat(relation.otherType()).isEqualTo(CiType.APPLICATION);
      assertThat(relation.otherName()).isEqualTo(app.name());
    });

    assertRefused(() -> cmdb.addRelation(app.id(), RelationType.RUNS_ON, server.id(), by("config", "再来一次")),
        "targetId", "该关系已存在");
    assertRefused(() -> cmdb.addRelation(app.id(), RelationType.DEPENDS_ON, app.id(), by("config", "自己")),
        "targetId", "自身");
    assertRefused(() -> cmdb.addRelation(server.id(), RelationType.RUNS_ON, app.id(), by("config", "反了")),
        "type", "源只能是");
    assertRefused(() -> cmdb.addRelation(app.id(), RelationType.CONTAINS, server.id(), by("config", "包含服务器")),
        "targetId", "目标只能是");
    assertRefused(() -> cmdb.addRelation(app.id(), RelationType.DEPENDS_ON, 987_654_321L, by("config", "无")),
        "targetId", "未找到配置项 #987654321");

    cmdb.removeRelation(server.id(), runsOn.id(), by("engineer", "迁走"));

    assertThat(cmdb.relations(server.id())).isEmpty();
    assertThat(cmdb.history(server.id())).extracting(HistoryEntry::operation).containsExactly(
        HistoryOperation.RELATION_REMOVED, HistoryOperation.RELATION_ADDED, HistoryOperation.REGISTERED);
    assertThat(cmdb.history(app.id()).get(0).detail()).contains("删除关系", "运行于", server.name());
    assertThat(cmdb.history(app.id()).get(0).changedBy()).isEqualTo("engineer");
    assertThatThrownBy(() -> cmdb.removeRelation(server.id(), runsOn.id(), by("engineer", "再删")))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void relatingAProductionItemNeedsAnApprovedChange() {
    ConfigurationItem app = item(CiType.APPLICATION, "app", null);
    ConfigurationItem server = cmdb.register(request(CiType.SERVER, unique("prod"), null, Environment.PRODUCTION),
        new ChangeAuthority("config", "上线", APPROVED_CHANGE, null, null));

    assertRefused(() -> cmdb.addRelation(app.id(), RelationType.RUNS_ON, server.id(), by("config", "部署")),
        "changeKey", "变更单号");
    ItemRelation relation = cmdb.addRelation(app.id(), RelationType.RUNS_ON, server.id(),
        new ChangeAuthority("config", "部署", APPROVED_CHANGE, null, null));
    assertRefused(() -> cmdb.removeRelation(app.id(), relation.id(), by("config", "迁走")), "changeKey", "变更单号");
    assertThat(cmdb.relations(app.id())).hasSize(1);
  }

  @Test
  void impactFollowsDependenciesBackwardsAndEndsOnACycle() {
    ConfigurationItem a = item(CiType.APPLICATION, "a", "online-banking");
    ConfigurationItem b = item(CiType.APPLICATION, "b", "core-accounting");
    ConfigurationItem c = item(CiType.APPLICATION, "c", null);
    cmdb.addRelation(a.id(), RelationType.DEPENDS_ON, b.id(), by("config", "a→b"));
    cmdb.addRelation(b.id(), RelationType.DEPENDS_ON, c.id(), by("config", "b→c"));
    cmdb.addRelation(c.id(), RelationType.DEPENDS_ON, a.id(), by("config", "c→a"));

    Impact impact = cmdb.impactOf(a.id());

    assertThat(impact.item().id()).isEqualTo(a.id());
    assertThat(distances(impact)).isEqualTo(Map.of(c.name(), 1, b.name(), 2));
    assertThat(impact.services()).extracting(Impact.AffectedService::id, Impact.AffectedService::name)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("core-accounting", "核心账务系统"),
            org.assertj.core.groups.Tuple.tuple("online-banking", "网上银行系统"));
  }

  @Test
  void impactOfADiamondCountsEachItemOnceAtItsShortestDistance() {
    // top depends on left and right, both depend on the database; top also runs on a server nobody else uses
    ConfigurationItem database = item(CiType.DATABASE, "db", "core-accounting");
    ConfigurationItem left = item(CiType.APPLICATION, "left", "online-banking");
    ConfigurationItem right = item(CiType.MIDDLEWARE, "right", null);
    ConfigurationItem top = item(CiType.APPLICATION, "top", "office-oa");
    ConfigurationItem unrelated = item(CiType.SERVER, "srv", null);
    cmdb.addRelation(left.id(), RelationType.DEPENDS_ON, database.id(), by("config", "r"));
    cmdb.addRelation(right.id(), RelationType.DEPENDS_ON, database.id(), by("config", "r"));
    cmdb.addRelation(top.id(), RelationType.DEPENDS_ON, left.id(), by("config", "r"));
    cmdb.addRelation(top.id(), RelationType.DEPENDS_ON, right.id(), by("config", "r"));
    cmdb.addRelation(top.id(), RelationType.DEPENDS_ON, database.id(), by("config", "r"));
    cmdb.addRelation(top.id(), RelationType.RUNS_ON, unrelated.id(), by("config", "r"));

    Impact impact = cmdb.impactOf(database.id());

    assertThat(impact.impacted()).hasSize(3);
    assertThat(distances(impact)).isEqualTo(Map.of(left.name(), 1, right.name(), 1, top.name(), 1));
    assertThat(impact.services()).extracting(Impact.AffectedService::id)
        .containsExactly("core-accounting", "office-oa", "online-banking");
    assertThat(distances(cmdb.impactOf(unrelated.id()))).isEqualTo(Map.of(top.name(), 1));
    assertThat(cmdb.impactOf(top.id()).impacted()).isEmpty();
    assertThat(cmdb.affectedServices(List.of(left.id(), right.id()))).extracting(Impact.AffectedService::id)
        .containsExactly("online-banking");
  }

  @Test
  void impactCountsTheShortestDistanceThroughAChain() {
    ConfigurationItem server = item(CiType.SERVER, "srv", null);
    ConfigurationItem middleware = item(CiType.MIDDLEWARE, "mq", null);
    ConfigurationItem app = item(CiType.APPLICATION, "app", "online-banking");
    cmdb.addRelation(middleware.id(), RelationType.RUNS_ON, server.id(), by("config", "r"));
    cmdb.addRelation(app.id(), RelationType.DEPENDS_ON, middleware.id(), by("config", "r"));

    assertThat(distances(cmdb.impactOf(server.id()))).isEqualTo(Map.of(middleware.name(), 1, app.name(), 2));
  }

  // ---------------------------------------------------------------------------------- the port

  @Test
  void thePortChecksWithoutRecordingAndAppliesEveryOperation() {
    String name = unique("port");
    ConfigurationRequest register = new ConfigurationRequest(Operation.REGISTER, null, CiType.APPLICATION, name,
        "online-banking", Environment.PRODUCTION, "1.0", "/opt/app", "黄工", null);
    ChangeAuthority authority = new ChangeAuthority("config", "配置管理流程登记", APPROVED_CHANGE, null, null);

    cmdb.check(register, authority);
    assertThat(cmdb.search(CiType.APPLICATION, null, name, null, null, 0, 10)).isEmpty();
    assertRefused(() -> cmdb.check(register, by("config", "无变更")), "changeKey", "变更单号");

    long id = cmdb.apply(register, authority);
    ConfigurationRequest update = new ConfigurationRequest(Operation.UPDATE, id, CiType.APPLICATION, name,
        "online-banking", Environment.PRODUCTION, "1.1", "/opt/app", "黄工", null);
    cmdb.check(update, authority);
    assertThat(cmdb.apply(update, authority)).isEqualTo(id);
    assertRefused(() -> cmdb.check(new ConfigurationRequest(Operation.UPDATE, id, CiType.SERVER, name, null,
        Environment.PRODUCTION, null, null, null, null), authority), "type", "类型不能修改");
    cmdb.apply(new ConfigurationRequest(Operation.RETIRE, id, null, null, null, null, null, null, null, null),
        authority);

    assertThat(cmdb.find(id).orElseThrow()).satisfies(item -> {
      assertThat(item.version()).isEqualTo("1.1");
      assertThat(item.status()).isEqualTo(CiStatus.RETIRED);
      assertThat(item.revision()).isEqualTo(3);
    });
    assertRefused(() -> cmdb.check(new ConfigurationRequest(Operation.RETIRE, id, null, null, null, null, null, null,
        null, null), authority), "status", "已经退役");
  }

  @Test
  void anAuditSampleOfAServiceIsAllItsActiveProductionItems() {
    ConfigurationItem app = cmdb.register(request(CiType.APPLICATION, unique("oa"), "office-oa", Environment.PRODUCTION),
        new ChangeAuthority("config", "上线", APPROVED_CHANGE, null, null));
    ConfigurationItem test = item(CiType.SERVER, "oa-test", "office-oa");
    ConfigurationItem retired = cmdb.register(request(CiType.DATABASE, unique("oa-old"), "office-oa",
        Environment.PRODUCTION), new ChangeAuthority("config", "上线", APPROVED_CHANGE, null, null));
    cmdb.retire(retired.id(), new ChangeAuthority("config", "下线", APPROVED_CHANGE, null, null), null);

    List<AuditSubject> subjects = cmdb.sampleForAudit("office-oa", 1);

    assertThat(subjects).extracting(AuditSubject::itemId).contains(app.id())
        .doesNotContain(test.id(), retired.id());
    assertThat(subjects).filteredOn(subject -> subject.itemId() == app.id()).singleElement().satisfies(subject -> {
      assertThat(subject.revision()).isEqualTo(1);
      assertThat(subject.summary()).contains("应用 " + app.name(), "办公自动化系统", "生产", "版本：1.0", "位置：/opt/x");
    });
    assertRefused(() -> cmdb.sampleForAudit("no-such-service", 5), "serviceId", "未知的服务");
  }

  @Test
  void aRandomAuditSampleHasOnlyActiveProductionItems() {
    for (int i = 0; i < 3; i++) {
      cmdb.register(request(CiType.SERVER, unique("sample"), null, Environment.PRODUCTION),
          new ChangeAuthority("config", "上线", APPROVED_CHANGE, null, null));
    }
    item(CiType.SERVER, "sample-test", null);

    List<AuditSubject> sample = cmdb.sampleForAudit(null, 2);

    assertThat(sample).hasSize(2);
    assertThat(sample).allSatisfy(subject -> {
      ConfigurationItem item = cmdb.find(subject.itemId()).orElseThrow();
      assertThat(item.environment()).isEqualTo(Environment.PRODUCTION);
      assertThat(item.status()).isEqualTo(CiStatus.ACTIVE);
    });
    assertRefused(() -> cmdb.sampleForAudit(null, 0), "size", "正整数");
  }

  @Test
  void anAuditCorrectsAProductionItemWithoutAChangeAndKeepsTheFinding() {
    ConfigurationItem item = cmdb.register(request(CiType.APPLICATION, unique("audited"), "online-banking",
        Environment.PRODUCTION), new ChangeAuthority("config", "上线", APPROVED_CHANGE, null, null));

    cmdb.correctAfterAudit(item.id(), 1, new ItemCorrection("1.0.1", null, null), "AUD-2026-000007", "quality",
        "实际运行版本为 1.0.1");

    ConfigurationItem corrected = cmdb.find(item.id()).orElseThrow();
    assertThat(corrected.version()).isEqualTo("1.0.1");
    assertThat(corrected.location()).as("null fields stay").isEqualTo("/opt/x");
    assertThat(corrected.revision()).isEqualTo(2);
    HistoryEntry entry = cmdb.history(item.id()).get(0);
    assertThat(entry.operation()).isEqualTo(HistoryOperation.AUDIT_CORRECTED);
    assertThat(entry.auditKey()).isEqualTo("AUD-2026-000007");
    assertThat(entry.reason()).isEqualTo("实际运行版本为 1.0.1");
    assertThat(entry.changedBy()).isEqualTo("quality");
    assertThat(entry.detail()).contains("版本 1.0 → 1.0.1");
    InvalidInputException refused = refusal(() -> cmdb.correctAfterAudit(item.id(), 2, null, " ", null, null));
    assertThat(refused.errors()).extracting(FieldError::field).containsExactly("auditKey", "finding", "correction");
  }

  @Test
  void anAuditCorrectionNeverOverwritesWhatWasRecordedAfterTheSample() {
    ConfigurationItem item = cmdb.register(request(CiType.APPLICATION, unique("moved"), "online-banking",
        Environment.PRODUCTION), new ChangeAuthority("config", "上线", APPROVED_CHANGE, null, null));
    int sampled = cmdb.sampleForAudit("online-banking", 1).stream().filter(subject -> subject.itemId() == item.id())
        .findFirst().orElseThrow().revision();
    cmdb.update(item.id(), new ConfigurationRequest(Operation.UPDATE, item.id(), null, item.name(), "online-banking",
        Environment.PRODUCTION, "2.0", "/opt/new", null, null), new ChangeAuthority("config", "升级", APPROVED_CHANGE,
        null, null), item.revision());

    assertRefused(() -> cmdb.correctAfterAudit(item.id(), sampled, new ItemCorrection("1.0.1", null, null),
        "AUD-2026-000008", "quality", "实际运行版本为 1.0.1"), "revision", "配置项在抽样后已变更，请按最新记录核查");

    ConfigurationItem current = cmdb.find(item.id()).orElseThrow();
    assertThat(current.version()).isEqualTo("2.0");
    assertThat(current.revision()).isEqualTo(2);
  }

  // ---------------------------------------------------------------------------------- deployments

  @Test
  void aDeploymentUpsertsTheProductionApplicationWithItsRelease() {
    String name = unique("gateway") + ".api";
    String first = releaseKey();
    String second = releaseKey();
    cmdb.recordDeployment(first, "online-banking", name, "2.3.0", "app01,app02", BASE, "release");
    cmdb.recordDeployment(second, "online-banking", name, "2.4.1", "app01,app02,app03", BASE.plus(7, ChronoUnit.DAYS),
        "release2");

    ConfigurationItem item = application(name);
    assertThat(item.environment()).isEqualTo(Environment.PRODUCTION);
    assertThat(item.version()).isEqualTo("2.4.1");
    assertThat(item.location()).isEqualTo("app01,app02,app03");
    assertThat(item.serviceId()).isEqualTo("online-banking");
    assertThat(item.updatedBy()).isEqualTo("release2");
    assertThat(item.revision()).isEqualTo(2);
    List<HistoryEntry> history = cmdb.history(item.id());
    assertThat(history).extracting(HistoryEntry::operation).containsOnly(HistoryOperation.DEPLOYED);
    assertThat(history).extracting(HistoryEntry::releaseKey).containsExactly(second, first);
    assertThat(history).extracting(HistoryEntry::deployedVersion).containsExactly("2.4.1", "2.3.0");
    assertThat(history).extracting(HistoryEntry::changedBy).containsExactly("release2", "release");
    assertThat(history.get(1).deployedAt()).isEqualTo(BASE);
    assertThat(history.get(0).detail()).isEqualTo("部署版本 2.4.1（原版本 2.3.0）");
  }

  @Test
  void anOlderDeploymentRecordedLateOnlyAddsHistory() {
    String name = unique("ledger");
    String older = releaseKey();
    String newer = releaseKey();
    cmdb.recordDeployment(newer, "core-accounting", name, "2.0.0", "db01", BASE.plus(1, ChronoUnit.DAYS), "release");
    // release "older" deployed first, but its job failed and ran again only after "newer" was recorded
    cmdb.recordDeployment(older, "core-accounting", name, "1.9.0", "db01", BASE, "release");

    ConfigurationItem item = application(name);
    assertThat(item.version()).isEqualTo("2.0.0");
    assertThat(item.revision()).isEqualTo(1);
    assertThat(cmdb.history(item.id())).extracting(HistoryEntry::releaseKey).containsExactly(older, newer);
  }

  @Test
  void recordingTheSameReleaseAgainChangesNothing() {
    String name = unique("batch");
    String first = releaseKey();
    String second = releaseKey();
    cmdb.recordDeployment(first, "core-accounting", name, "1.0.0", "batch01", BASE, "release");
    ConfigurationItem recorded = application(name);

    // a retried job: same release, name and version, later clock
    cmdb.recordDeployment(first, "core-accounting", name, "1.0.0", "batch01", BASE.plusSeconds(90), "release");
    assertThat(application(name)).isEqualTo(recorded);
    assertThat(cmdb.history(recorded.id())).hasSize(1);

    cmdb.recordDeployment(second, "core-accounting", name, "1.1.0", "batch01", BASE.plus(1, ChronoUnit.DAYS),
        "release");
    cmdb.recordDeployment(first, "core-accounting", name, "1.0.0", "batch01", BASE.plus(2, ChronoUnit.DAYS),
        "release");
    assertThat(application(name).version()).as("a late retry does not turn the item back").isEqualTo("1.1.0");
    assertThat(cmdb.history(recorded.id())).extracting(HistoryEntry::deployedVersion).containsExactly("1.1.0", "1.0.0");
  }

  @Test
  void aDeploymentTakesOverATestOrRetiredApplicationOfThatName() {
    ConfigurationItem test = item(CiType.APPLICATION, "staged", "online-banking");
    cmdb.retire(test.id(), by("config", "暂停"), null);

    cmdb.recordDeployment(releaseKey(), "online-banking", test.name(), "3.0.0", null, BASE, "release");

    ConfigurationItem deployed = cmdb.find(test.id()).orElseThrow();
    assertThat(deployed.environment()).isEqualTo(Environment.PRODUCTION);
    assertThat(deployed.status()).isEqualTo(CiStatus.ACTIVE);
    assertThat(deployed.location()).as("no servers given: the location stays").isEqualTo("/opt/x");
    assertThat(deployed.version()).isEqualTo("3.0.0");
  }

  @Test
  void incompleteDeploymentsAreRefused() {
    String release = releaseKey();
    assertThatThrownBy(() -> cmdb.recordDeployment(release, "office-oa", " ", "1.0.0", null, BASE, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> cmdb.recordDeployment(release, null, "app", "1.0.0", null, BASE, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> cmdb.recordDeployment(release, "office-oa", "app", "1".repeat(51), null, BASE, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void recordingJoinsTheCallersTransaction() {
    String name = unique("transaction");
    String release = releaseKey();
    TransactionTemplate transaction = new TransactionTemplate(database.transactionManager);

    transaction.executeWithoutResult(status -> {
      cmdb.recordDeployment(release, "office-oa", name, "1.0.0", null, BASE, null);
      assertThat(cmdb.search(CiType.APPLICATION, null, name, null, null, 0, 10)).hasSize(1);
      status.setRollbackOnly();
    });
    assertThat(cmdb.search(CiType.APPLICATION, null, name, null, null, 0, 10)).as("rolled back with the caller")
        .isEmpty();

    transaction.executeWithoutResult(status -> {
      cmdb.recordDeployment(release, "office-oa", name, "1.0.0", null, BASE, null);
      cmdb.recordDeployment(release, "office-oa", name, "1.0.0", null, BASE, null);
    });
    assertThat(cmdb.history(application(name).id())).hasSize(1);
  }

  // ---------------------------------------------------------------------------------- search

  @Test
  void searchFiltersAndPages() {
    String tag = unique("Search");
    ConfigurationItem one = item(CiType.SERVER, tag + "-ONE", "online-banking");
    ConfigurationItem two = item(CiType.SERVER, tag + "-two", "online-banking");
    item(CiType.DATABASE, tag + "-three", "core-accounting");

    assertThat(cmdb.search(null, null, tag.toLowerCase(), null, null, 0, 100)).hasSize(3);
    assertThat(cmdb.search(CiType.SERVER, "online-banking", tag.toUpperCase(), Environment.TEST, CiStatus.ACTIVE,
        0, 100)).containsExactly(one, two);
    assertThat(cmdb.search(CiType.SERVER, null, tag, null, null, 1, 1)).containsExactly(two);
    assertThat(cmdb.search(null, null, tag, Environment.PRODUCTION, null, 0, 100)).isEmpty();
    assertThat(cmdb.search(null, null, "%", null, CiStatus.RETIRED, 0, 100)).isEmpty();
  }

  // ---------------------------------------------------------------------------------- helpers

  private ConfigurationItem item(CiType type, String prefix, String serviceId) {
    return cmdb.register(request(type, unique(prefix), serviceId, Environment.TEST), by("config", "登记"));
  }

  private ConfigurationItem application(String name) {
    return cmdb.search(CiType.APPLICATION, null, name, null, null, 0, 10).stream()
        .filter(item -> item.name().equals(name)).findFirst().orElseThrow();
  }

  private static ConfigurationRequest request(CiType type, String name, String serviceId, Environment environment) {
    return new ConfigurationRequest(Operation.REGISTER, null, type, name, serviceId, environment, "1.0", "/opt/x",
        "黄工", "说明");
  }

  private static ChangeAuthority by(String user, String reason) {
    return new ChangeAuthority(user, reason, null, null, null);
  }

  private static Map<String, Integer> distances(Impact impact) {
    return impact.impacted().stream().collect(Collectors.toMap(Impact.ImpactedItem::name,
        Impact.ImpactedItem::distance));
  }

  private static InvalidInputException refusal(ThrowingCallable call) {
    return (InvalidInputException) org.assertj.core.api.Assertions.catchThrowableOfType(call,
        InvalidInputException.class);
  }

  private static void assertRefused(ThrowingCallable call, String field, String message) {
    InvalidInputException refused = refusal(call);
    assertThat(refused).as("refused").isNotNull();
    assertThat(refused.errors()).anySatisfy(error -> {
      assertThat(error.field()).isEqualTo(field);
      assertThat(error.describe()).contains(message);
    });
  }

  private static String unique(String prefix) {
    return prefix + "-" + NUMBER.incrementAndGet();
  }

  private static String releaseKey() {
    return "REL-2026-" + (500_000 + NUMBER.incrementAndGet());
  }
}
