package com.yuanjing.itsm.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuanjing.itsm.testsupport.SuiteClient;
import com.yuanjing.itsm.testsupport.SuiteIntegrationTest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code /api/known-errors}: records written through {@link KnownErrorService}, read over HTTP as the
 * service desk does. The tests share one database, so each searches for words only its own records have.
 */
@SuiteIntegrationTest
class KnownErrorApiIntegrationTest {

  private static final AtomicInteger PROBLEM_NUMBER = new AtomicInteger(900_000);
  private static final Instant BASE = Instant.parse("2026-03-02T02:00:00Z");

  @LocalServerPort int port;
  @Autowired KnownErrorService knownErrors;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired ObjectMapper json;
  SuiteClient client;

  @BeforeEach
  void connect() {
    client = new SuiteClient(port);
  }

  @Test
  void deskFindsAKnownErrorByAChineseTermInItsSymptom() throws Exception {
    String key = record("网银登录失败", "登录后页面白屏，提示会话已失效", "会话集群节点时钟不同步", "重新登录即可", BASE);
    record("网银转账缓慢", "转账提交后长时间无响应", "数据库锁等待", null, BASE);

    JsonNode found = search("desk", "白屏");

    assertThat(problemKeys(found)).containsExactly(key);
    JsonNode error = found.get(0);
    assertThat(error.get("title").asText()).isEqualTo("网银登录失败");
    assertThat(error.get("symptom").asText()).isEqualTo("登录后页面白屏，提示会话已失效");
    assertThat(error.get("rootCause").asText()).isEqualTo("会话集群节点时钟不同步");
    assertThat(error.get("workaround").asText()).isEqualTo("重新登录即可");
  }

  @Test
  void everyTermMustBeFoundButEachMayBeInAnotherField() throws Exception {
    String missingIndex = record("月末报表导出超时", "财务报表导出超过十分钟", "账务明细表索引缺失", "夜间导出", BASE);
    String wrongCharset = record("报表导出乱码", "导出的报表中文显示为乱码", "字符集配置错误", null, BASE);

    assertThat(problemKeys(search("desk", "报表导出 索引缺失"))).containsExactly(missingIndex);
    assertThat(problemKeys(search("desk", "  乱码   字符集 "))).containsExactly(wrongCharset);
    assertThat(problemKeys(search("desk", "报表导出\u3000夜间导出"))).as("ideographic space separates terms too")
        .containsExactly(missingIndex);
    assertThat(problemKeys(search("desk", "报表导出 月末"))).containsExactly(missingIndex);
    assertThat(problemKeys(search("desk", "报表导出"))).containsExactlyInAnyOrder(missingIndex, wrongCharset);
    assertThat(problemKeys(search("desk", "报表导出 网络中断"))).isEmpty();
  }

  @Test
  void latinTextIsFoundIgnoringCase() throws Exception {
    String key = record("Oracle ORA-01555 Snapshot Too Old", "夜间批处理报错 ORA-01555",
        "Undo 表空间过小", "调大 undo_retention", BASE);

    assertThat(problemKeys(search("desk", "ora-01555 SNAPSHOT"))).containsExactly(key);
    assertThat(problemKeys(search("desk", "UNDO_RETENTION"))).containsExactly(key);
    assertThat(problemKeys(search("desk", "Undo 表空间"))).containsExactly(key);
  }

  @Test
  void percentAndUnderscoreAreLiteral() throws Exception {
    String literal = record("缓存目录占满", "qz_cache 目录增长，磁盘使用率 95%", "清理任务未执行", null, BASE);
    String lookalike = record("缓存目录异常", "qzxcache 目录增长，磁盘使用率 9512 块", "清理任务配置错误", null, BASE);

    assertThat(problemKeys(search("desk", "qz_cache"))).containsExactly(literal);
    assertThat(problemKeys(search("desk", "qz 95%"))).containsExactly(literal);
    assertThat(problemKeys(search("desk", "qzxcache"))).containsExactly(lookalike);
    assertThat(problemKeys(search("desk", "qz %"))).containsExactly(literal);
    assertThat(problemKeys(search("desk", "qz _"))).containsExactly(literal);
    assertThat(problemKeys(search("desk", "qz !"))).as("the escape character is literal too").isEmpty();
  }

  @Test
  void newestComesFirstAndAnEmptyQueryListsTheNewest() throws Exception {
    // later than every other record of this class, so that they lead the unfiltered list too
    Instant later = Instant.parse("2099-01-01T00:00:00Z");
    String middle = record("排序验证 中", "排序验证症状", "原因", null, later.plus(1, ChronoUnit.HOURS));
    String newest = record("排序验证 新", "排序验证症状", "原因", null, later.plus(2, ChronoUnit.HOURS));
    String oldest = record("排序验证 旧", "排序验证症状", "原因", null, later);

    assertThat(problemKeys(search("desk", "排序验证"))).containsExactly(newest, middle, oldest);
    for (String empty : new String[] {"", "   "}) {
      assertThat(problemKeys(search("desk", empty))).startsWith(newest, middle, oldest);
    }
    JsonNode all = json.readTree(client.get("desk", "/api/known-errors").body());
    assertThat(problemKeys(all)).startsWith(newest, middle, oldest);
    List<Instant> times = new ArrayList<>();
    all.forEach(error -> times.add(Instant.parse(error.get("recordedAt").asText())));
    assertThat(times).isSortedAccordingTo((a, b) -> b.compareTo(a));
  }

  @Test
  void limitChoosesHowManyUpToFifty() throws Exception {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 55; i++) {
      keys.add(0, record("条数验证 " + i, "条数验证症状", "原因", null, BASE.plus(i, ChronoUnit.MINUTES)));
    }

    assertThat(problemKeys(search("desk", "条数验证", "3"))).containsExactlyElementsOf(keys.subList(0, 3));
    assertThat(problemKeys(search("desk", "条数验证"))).as("default").containsExactlyElementsOf(keys.subList(0, 20));
    assertThat(problemKeys(search("desk", "条数验证", "100"))).containsExactlyElementsOf(keys.subList(0, 50));
    assertThat(problemKeys(search("desk", "条数验证", "99999999999"))).hasSize(50);
    for (String invalid : new String[] {"0", "-1", "abc", "2.5"}) {
      HttpResponse<String> answer = client.get("desk", "/api/known-errors?q=x&limit=" + encode(invalid));
      assertThat(answer.statusCode()).as(invalid).isEqualTo(400);
      JsonNode body = json.readTree(answer.body());
      assertThat(body.get("message").asText()).as(invalid).contains("条数");
      assertThat(body.get("errors").get(0).get("field").asText()).isEqualTo("limit");
    }
  }

  @Test
  void oneRecordIsReadByItsProblemKey() throws Exception {
    Instant recordedAt = BASE.plus(3, ChronoUnit.DAYS);
    String key = nextKey();
    knownErrors.record(new KnownError(null, key, "core-accounting", "DATABASE", "日终批处理失败",
        "日终批处理在计息步骤中断", "计息存储过程未处理闰年", "手工重跑计息步骤", recordedAt, "problem"));

    HttpResponse<String> answer = client.get("desk", "/api/known-errors/" + key);

    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode error = json.readTree(answer.body());
    assertThat(error.get("id").asLong()).isPositive();
    assertThat(error.get("problemKey").asText()).isEqualTo(key);
    assertThat(error.get("serviceId").asText()).isEqualTo("core-accounting");
    assertThat(error.get("category").asText()).isEqualTo("DATABASE");
    assertThat(error.get("title").asText()).isEqualTo("日终批处理失败");
    assertThat(error.get("symptom").asText()).isEqualTo("日终批处理在计息步骤中断");
    assertThat(error.get("rootCause").asText()).isEqualTo("计息存储过程未处理闰年");
    assertThat(error.get("workaround").asText()).isEqualTo("手工重跑计息步骤");
    assertThat(Instant.parse(error.get("recordedAt").asText())).isEqualTo(recordedAt);
    assertThat(error.get("recordedBy").asText()).isEqualTo("problem");
    assertThat(client.get("auditor", "/api/known-errors/" + key).statusCode()).as("every user may read")
        .isEqualTo(200);
  }

  @Test
  void unknownProblemKeyIsNotFound() throws Exception {
    HttpResponse<String> answer = client.get("desk", "/api/known-errors/PRB-2026-999999");

    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(json.readTree(answer.body()).get("message").asText())
        .isEqualTo("未找到问题 PRB-2026-999999 的已知错误记录");
  }

  @Test
  void anonymousCallsGet401() {
    String key = record("匿名验证", "匿名验证症状", "原因", null, BASE);

    assertThat(client.get(null, "/api/known-errors?q=" + encode("匿名验证")).statusCode()).isEqualTo(401);
    assertThat(client.get(null, "/api/known-errors/" + key).statusCode()).isEqualTo(401);
  }

  @Test
  void recordingAProblemAgainUpdatesItsOneRecord() throws Exception {
    String key = nextKey();
    KnownError first = knownErrors.record(new KnownError(null, key, "online-banking", "MIDDLEWARE", "消息队列积压",
        "交易通知延迟，初判为网络抖动", "初判：网络抖动", null, BASE, "problem"));
    KnownError revision = new KnownError(null, key, "online-banking", "MIDDLEWARE", "消息队列积压（复查）",
        "交易通知延迟超过五分钟", "消费者线程池配置过小", "临时扩容消费者", BASE.plus(1, ChronoUnit.DAYS), "manager");

    KnownError second = knownErrors.record(revision);
    KnownError again = knownErrors.record(revision);

    assertThat(second.id()).isEqualTo(first.id());
    assertThat(again).isEqualTo(second);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM itsm_known_error WHERE problem_key = ?", Integer.class, key))
        .isEqualTo(1);
    JsonNode error = json.readTree(client.get("desk", "/api/known-errors/" + key).body());
    assertThat(error.get("title").asText()).isEqualTo("消息队列积压（复查）");
    assertThat(error.get("rootCause").asText()).isEqualTo("消费者线程池配置过小");
    assertThat(error.get("workaround").asText()).isEqualTo("临时扩容消费者");
    assertThat(error.get("recordedBy").asText()).isEqualTo("manager");
    assertThat(Instant.parse(error.get("recordedAt").asText())).isEqualTo(BASE.plus(1, ChronoUnit.DAYS));
    assertThat(problemKeys(search("desk", "网络抖动"))).isEmpty();
    assertThat(problemKeys(search("desk", "消费者线程池"))).containsExactly(key);
  }

  @Test
  void recordingJoinsTheCallersTransaction() {
    String key = nextKey();
    TransactionTemplate transaction = new TransactionTemplate(transactionManager);

    transaction.executeWithoutResult(status -> {
      knownErrors.record(new KnownError(null, key, null, null, "事务验证", "事务验证症状", "原因", null, BASE, null));
      assertThat(knownErrors.find(key)).isPresent();
      status.setRollbackOnly();
    });

    assertThat(knownErrors.find(key)).as("rolled back with the caller").isEmpty();
    transaction.executeWithoutResult(status -> {
      knownErrors.record(new KnownError(null, key, null, null, "事务验证", "事务验证症状", "原因", null, BASE, null));
      knownErrors.record(new KnownError(null, key, null, null, "事务验证", "事务验证症状", "原因二", null, BASE, null));
    });
    assertThat(knownErrors.find(key)).hasValueSatisfying(error -> assertThat(error.rootCause()).isEqualTo("原因二"));
  }

  @Test
  void incompleteRecordIsRefusedAndMissingTimeIsNow() {
    assertThatThrownBy(() -> knownErrors.record(
        new KnownError(null, nextKey(), null, null, " ", "症状", "原因", null, BASE, null)))
        .isInstanceOf(IllegalArgumentException.class);

    Instant engineNow = ClockUtil.getCurrentTime().toInstant();
    KnownError stored = knownErrors.record(
        new KnownError(null, nextKey(), null, null, "时间验证", "症状", "原因", null, null, null));
    assertThat(stored.recordedAt()).as("the engine's clock")
        .isBetween(engineNow.minusSeconds(5), engineNow.plusSeconds(5));
  }

  private String record(String title, String symptom, String rootCause, String workaround, Instant recordedAt) {
    String key = nextKey();
    knownErrors.record(new KnownError(null, key, "online-banking", "APPLICATION", title, symptom, rootCause,
        workaround, recordedAt, "problem"));
    return key;
  }

  private static String nextKey() {
    return "PRB-2026-" + PROBLEM_NUMBER.incrementAndGet();
  }

  private JsonNode search(String user, String query) throws Exception {
    HttpResponse<String> answer = client.get(user, "/api/known-errors?q=" + encode(query));
    assertThat(answer.statusCode()).as("search %s", query).isEqualTo(200);
    return json.readTree(answer.body());
  }

  private JsonNode search(String user, String query, String limit) throws Exception {
    HttpResponse<String> answer = client.get(user, "/api/known-errors?q=" + encode(query) + "&limit=" + limit);
    assertThat(answer.statusCode()).as("search %s, limit %s", query, limit).isEqualTo(200);
    return json.readTree(answer.body());
  }

  private static List<String> problemKeys(JsonNode errors) {
    List<String> keys = new ArrayList<>();
    errors.forEach(error -> keys.add(error.get("problemKey").asText()));
    return keys;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
