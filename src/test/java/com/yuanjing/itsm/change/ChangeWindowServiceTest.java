package com.yuanjing.itsm.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.yuanjing.itsm.change.ChangeWindowService.WindowCheck;
import com.yuanjing.itsm.change.FreezeCalendar.Period;
import com.yuanjing.itsm.servicelevel.ItService;
import com.yuanjing.itsm.servicelevel.ServiceDirectory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Calendar used below: 2026-06-12 is a Friday, 06-13 a Saturday, 06-14 a Sunday; 06-10 a
 * Wednesday; 06-20 a Saturday; 07-04 a Saturday; 10-02 a Friday, 10-03 a Saturday.
 */
class ChangeWindowServiceTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static final ServiceDirectory SERVICES = ServiceDirectory.of(List.of(
      new ItService("online-banking", "网上银行系统", "GOLD", List.of("SATURDAY 22:00-06:00")),
      new ItService("customer-portal", "客户服务门户", "SILVER",
          List.of("WEDNESDAY 22:00-02:00", "SATURDAY 20:00-06:00")),
      new ItService("legacy", "遗留系统", "BRONZE")));

  private static final FreezeCalendar FREEZES = new FreezeCalendar(List.of(
      period("国庆封网", "2026-09-30", "2026-10-08"),
      period("国庆安保", "2026-10-01", "2026-10-03"),
      period("端午保障", "2026-06-21", "2026-06-21"), // a Sunday
      period("季末封网", "2026-07-04", "2026-07-04"))); // a Saturday

  private static final String OUTSIDE_ONLINE_BANKING =
      "计划时间不在服务“网上银行系统”的维护窗口内（周六 22:00–次日 06:00）";

  private final ChangeWindowService service = new ChangeWindowService(SERVICES, FREEZES, SHANGHAI);

  private static Period period(String name, String from, String to) {
    return new Period(name, LocalDate.parse(from), LocalDate.parse(to));
  }

  private static Instant t(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
  }

  private static void now(String localDateTime) {
    ClockUtil.setCurrentTime(Date.from(t(localDateTime)));
  }

  @BeforeEach
  void setClock() {
    now("2026-06-01T09:00");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private WindowCheck check(String serviceId, String start, String end) {
    return service.check(serviceId, t(start), t(end));
  }

  private static void assertAllowed(WindowCheck check) {
    assertThat(check.reasons()).isEmpty();
    assertThat(check.allowed()).isTrue();
  }

  private static void assertRejected(WindowCheck check, String... reasons) {
    assertThat(check.reasons()).containsExactly(reasons);
    assertThat(check.allowed()).isFalse();
  }

  // --- maintenance windows ---------------------------------------------------------------------

  @Test
  void changeInsideTheWindowOverMidnightIsAllowed() {
    assertAllowed(check("online-banking", "2026-06-13T22:00", "2026-06-14T06:00"));
    assertAllowed(check("online-banking", "2026-06-13T23:30", "2026-06-14T02:00"));
  }

  @Test
  void changeStartingAfterMidnightInsideSaturdaysWindowIsAllowed() {
    assertAllowed(check("online-banking", "2026-06-14T01:00", "2026-06-14T05:00"));
  }

  @Test
  void changeOutsideTheWindowIsRejected() {
    assertRejected(check("online-banking", "2026-06-12T22:00", "2026-06-12T23:00"),
        OUTSIDE_ONLINE_BANKING);
    assertRejected(check("online-banking", "2026-06-14T22:00", "2026-06-15T02:00"),
        OUTSIDE_ONLINE_BANKING);
  }

  @Test
  void changePartlyOutsideTheWindowIsRejected() {
    assertRejected(check("online-banking", "2026-06-13T21:00", "2026-06-13T23:00"),
        OUTSIDE_ONLINE_BANKING);
    assertRejected(check("online-banking", "2026-06-14T05:00", "2026-06-14T07:00"),
        OUTSIDE_ONLINE_BANKING);
  }

  @Test
  void anyOfSeveralWindowsWillDo() {
    assertAllowed(check("customer-portal", "2026-06-10T23:00", "2026-06-11T01:30"));
    assertAllowed(check("customer-portal", "2026-06-13T20:00", "2026-06-14T06:00"));
  }

  @Test
  void outsideAllOfSeveralWindowsListsThemAll() {
    assertRejected(check("customer-portal", "2026-06-12T23:00", "2026-06-13T01:00"),
        "计划时间不在服务“客户服务门户”的维护窗口内（周三 22:00–次日 02:00、周六 20:00–次日 06:00）");
  }

  @Test
  void serviceWithoutWindowsNeedsAnException() {
    assertRejected(check("legacy", "2026-06-13T22:00", "2026-06-13T23:00"),
        "服务“遗留系统”未配置维护窗口");
  }

  @Test
  void windowsAreReadInTheConfiguredZone() {
    ChangeWindowService utc = new ChangeWindowService(SERVICES, FREEZES, ZoneOffset.UTC);
    // Saturday 23:00-Sunday 01:00 in Shanghai is Saturday 15:00-17:00 UTC.
    assertThat(utc.check("online-banking", t("2026-06-13T23:00"), t("2026-06-14T01:00")).reasons())
        .containsExactly(OUTSIDE_ONLINE_BANKING);
  }

  @Test
  void exposesTheParsedWindows() {
    assertThat(service.windows("customer-portal")).extracting(MaintenanceWindow::description)
        .containsExactly("周三 22:00–次日 02:00", "周六 20:00–次日 06:00");
    assertThat(service.windows("legacy")).isEmpty();
  }

  @Test
  void malformedWindowIsReportedWithTheService() {
    ServiceDirectory broken = ServiceDirectory.of(List.of(
        new ItService("online-banking", "网上银行系统", "GOLD", List.of("SATURDAY 22:00-6:00"))));
    assertThatThrownBy(() -> new ChangeWindowService(broken, FREEZES, SHANGHAI).windows("online-banking"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("service online-banking")
        .hasMessageContaining("'SATURDAY 22:00-6:00'");
  }

  // --- freeze periods --------------------------------------------------------------------------

  @Test
  void changeDuringAFreezeIsRejected() {
    now("2026-09-01T09:00");
    assertAllowed(check("customer-portal", "2026-10-14T22:00", "2026-10-15T01:00")); // after it
    assertRejected(check("customer-portal", "2026-10-07T22:00", "2026-10-08T01:00"),
        "计划时间与封网期“国庆封网”（2026-09-30 至 2026-10-08）重叠");
  }

  @Test
  void changeEndingAtMidnightOfTheFirstFreezeDayDoesNotOverlap() {
    assertAllowed(check("online-banking", "2026-06-20T22:00", "2026-06-21T00:00"));
    assertRejected(check("online-banking", "2026-06-20T22:00", "2026-06-21T00:01"),
        "计划时间与封网期“端午保障”（2026-06-21 至 2026-06-21）重叠");
  }

  @Test
  void changeStartingAtMidnightAfterTheLastFreezeDayDoesNotOverlap() {
    assertAllowed(check("online-banking", "2026-07-05T00:00", "2026-07-05T02:00"));
    assertRejected(check("online-banking", "2026-07-04T23:59", "2026-07-05T02:00"),
        "计划时间与封网期“季末封网”（2026-07-04 至 2026-07-04）重叠");
  }

  @Test
  void everyOverlappingFreezeIsReported() {
    // Wednesday 10-07 lies only in 国庆封网, Saturday 10-03 in 国庆封网 and 国庆安保.
    assertRejected(check("customer-portal", "2026-10-07T22:00", "2026-10-08T01:00"),
        "计划时间与封网期“国庆封网”（2026-09-30 至 2026-10-08）重叠");
    assertRejected(check("customer-portal", "2026-10-03T22:00", "2026-10-04T01:00"),
        "计划时间与封网期“国庆封网”（2026-09-30 至 2026-10-08）重叠",
        "计划时间与封网期“国庆安保”（2026-10-01 至 2026-10-03）重叠");
  }

  // --- planned times ---------------------------------------------------------------------------

  @Test
  void endNotAfterStartIsRejected() {
    assertRejected(check("online-banking", "2026-06-14T02:00", "2026-06-13T23:00"),
        "计划结束时间必须晚于开始时间");
    assertRejected(check("online-banking", "2026-06-13T23:00", "2026-06-13T23:00"),
        "计划结束时间必须晚于开始时间");
  }

  @Test
  void startInThePastIsRejectedAgainstTheEngineClock() {
    now("2026-06-13T22:30");
    assertRejected(check("online-banking", "2026-06-13T22:00", "2026-06-14T01:00"),
        "计划开始时间已过");
    assertAllowed(check("online-banking", "2026-06-13T22:30", "2026-06-14T01:00"));
    now("2026-06-13T21:00");
    assertAllowed(check("online-banking", "2026-06-13T22:00", "2026-06-14T01:00"));
  }

  @Test
  void missingTimesAreReported() {
    assertRejected(service.check("online-banking", null, null), "请填写计划开始时间", "请填写计划结束时间");
    assertRejected(service.check("online-banking", t("2026-06-13T23:00"), null), "请填写计划结束时间");
  }

  // --- several reasons at once -----------------------------------------------------------------

  @Test
  void reportsAllReasonsAtOnce() {
    now("2026-10-05T09:00");
    WindowCheck check = check("online-banking", "2026-10-02T22:00", "2026-10-02T23:00");
    assertRejected(check,
        "计划开始时间已过",
        OUTSIDE_ONLINE_BANKING,
        "计划时间与封网期“国庆封网”（2026-09-30 至 2026-10-08）重叠",
        "计划时间与封网期“国庆安保”（2026-10-01 至 2026-10-03）重叠");
    assertThat(check.summary()).isEqualTo(String.join("；", check.reasons()));
  }

  @Test
  void invalidTimesAreReportedWithPastStartAndMissingWindows() {
    now("2026-10-05T09:00");
    // Window and freeze cannot be judged for an end before the start, so they are left out.
    assertRejected(check("legacy", "2026-10-02T23:00", "2026-10-02T22:00"),
        "计划结束时间必须晚于开始时间",
        "计划开始时间已过",
        "服务“遗留系统”未配置维护窗口");
  }

  @Test
  void unknownServiceIsAnError() {
    assertThatThrownBy(() -> check("no-such-service", "2026-06-13T22:00", "2026-06-13T23:00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-such-service");
    assertThatThrownBy(() -> service.windows("no-such-service"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
