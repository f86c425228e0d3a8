package com.yuanjing.itsm.kpi;

import static com.yuanjing.itsm.testsupport.ProcessTests.at;
import static com.yuanjing.itsm.testsupport.ProcessTests.beijing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuanjing.itsm.availability.AvailabilityProcess;
import com.yuanjing.itsm.availability.AvailabilityReport;
import com.yuanjing.itsm.availability.OutageRecords;
import com.yuanjing.itsm.availability.OutageSource;
import com.yuanjing.itsm.capacity.CapacityIncidentCount;
import com.yuanjing.itsm.capacity.CapacityIncidents;
import com.yuanjing.itsm.configuration.CiType;
import com.yuanjing.itsm.configuration.ConfigurationAccuracy;
import com.yuanjing.itsm.configuration.ConfigurationItemService;
import com.yuanjing.itsm.configuration.ConfigurationProcess;
import com.yuanjing.itsm.reporting.OnTimeRate;
import com.yuanjing.itsm.reporting.ReportRequests;
import com.yuanjing.itsm.reporting.ReportingStatistics;
import com.yuanjing.itsm.reporting.ServiceReportingProcess;
import com.yuanjing.itsm.security.InformationLeaks;
import com.yuanjing.itsm.security.SecurityIncidentProcess;
import com.yuanjing.itsm.security.SecurityStatistics;
import com.yuanjing.itsm.testsupport.ProcessTests;
import com.yuanjing.itsm.testsupport.SuiteClient;
import com.yuanjing.itsm.testsupport.SuiteIntegrationTest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The KPIs whose process packages count them too (service reports, configuration accuracy, availability, outages,
 * capacity incidents, information leaks) as known answers over records written by the real processes, in the order
 * the clock runs from December 2025 to the last hour of 2026 (Beijing time). The KPI module and each package's
 * own report must give the same numbers, and every drill-down must reproduce its value.
 */
@SuiteIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationsKpisIntegrationTest {

  private static final ReportingPeriod OCTOBER = ReportingPeriod.parse("2026-10");
  private static final ReportingPeriod NOVEMBER = ReportingPeriod.parse("2026-11");
  private static final ReportingPeriod Q3 = ReportingPeriod.parse("2026-Q3");
  private static final ReportingPeriod Q4 = ReportingPeriod.parse("2026-Q4");
  private static final ReportingPeriod YEAR = ReportingPeriod.parse("2026");
  private static final String BANKING = "online-banking";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired KpiService kpis;
  @Autowired ObjectMapper json;
  @Autowired OutageRecords outageRecords;
  @Autowired CapacityIncidents capacityIncidents;
  @Autowired ConfigurationItemService items;
  @Autowired ReportingStatistics reportingStatistics;
  @Autowired ConfigurationAccuracy configurationAccuracy;
  @Autowired AvailabilityReport availabilityReport;
  @Autowired CapacityIncidentCount capacityIncidentCount;
  @Autowired SecurityStatistics securityStatistics;

  String leakOf2025;
  String bankingLeak;
  String leakWithoutService;
  String capacityInSeptember;
  String capacityInOctober;
  String capacityAtYearEnd;
  ProcessInstance acrossMonthEnd;
  ProcessInstance overlapped;
  ProcessInstance overlapping;
  String overrun;
  ProcessInstance onTime;
  ProcessInstance customerReport;
  ProcessInstance submittedLate;
  ProcessInstance neverSubmitted;
  ProcessInstance lastHour;
  String bankingAudit;

  @BeforeAll
  void runTheProcesses() throws Exception {
    SuiteClient client = new SuiteClient(port);
    leakOf2025 = leak(client, "2025-12-31T23:30", BANKING, true);
    bankingLeak = leak(client, "2026-03-01T10:00", BANKING, true);
    leak(client, "2026-06-01T10:00", BANKING, false);

    at("2026-09-30T23:30");
    capacityInSeptember = capacityIncident("CAP-2026-000001");
    productionItem("core-accounting", "ledger-batch", "REL-2026-900001");
    verifyAll(serviceAudit(client, "core-accounting"), Map.of());
    at("2026-10-15T10:00");
    capacityInOctober = capacityIncident("CAP-2026-000002");

    at("2026-11-01T02:00");
    acrossMonthEnd = registerOutage(BANKING, "2026-10-31T23:00", "2026-11-01T01:00");

    at("2026-11-02T10:00");
    onTime = requestReport(BANKING, "2026-11-20T18:00");
    customerReport = requestReport(null, "2026-11-20T18:00");
    submittedLate = requestReport(BANKING, "2026-11-20T18:00");
    neverSubmitted = requestReport(BANKING, "2026-12-10T18:00");
    ProcessInstance cancelled = requestReport(BANKING, "2026-11-20T18:00");
    lastHour = requestReport(BANKING, "2026-12-31T23:00");

    at("2026-11-05T10:00");
    productionItem(BANKING, "banking-web", "REL-2026-900002");
    productionItem(BANKING, "banking-api", "REL-2026-900003");
    String inaccurate = productionItem(BANKING, "banking-batch", "REL-2026-900004");
    bankingAudit = serviceAudit(client, BANKING);
    verifyAll(bankingAudit, Map.of(inaccurate, "生产实际为 2.3.0"));

    at("2026-11-10T12:00");
    deliver(onTime);
    deliver(customerReport);
    draft(cancelled);
    complete(cancelled, ServiceReportingProcess.Elements.TASK_APPROVE_REPORT, "manager", Map.of(
        ServiceReportingProcess.Variables.APPROVAL_DECISION, "CANCEL",
        ServiceReportingProcess.Variables.APPROVAL_COMMENT, "客户撤回需求"));
    overlapped = registerOutage(BANKING, "2026-11-10T10:00", "2026-11-10T11:00");
    overlapping = registerOutage(BANKING, "2026-11-10T10:30", "2026-11-10T12:00");
    at("2026-11-12T12:00");
    registerOutage("office-oa", "2026-11-12T10:00", "2026-11-12T11:00");

    at("2026-11-22T02:00");
    // planned maintenance as 核对维护变更 confirms it: wholly inside its window, and one that overran it
    long planned = outageRecords.open(BANKING, beijing("2026-11-20T22:00").toInstant(), "数据库版本升级", true,
        "CHG-2026-000042", OutageSource.MANUAL, null, "engineer", "OUT-2026-900001");
    outageRecords.restore(planned, beijing("2026-11-20T23:00").toInstant());
    outageRecords.confirmPlanned(planned, beijing("2026-11-20T22:00").toInstant(),
        beijing("2026-11-20T23:00").toInstant());
    overrun = "OUT-2026-900002";
    long overran = outageRecords.open(BANKING, beijing("2026-11-21T22:00").toInstant(), "数据库版本升级", true,
        "CHG-2026-000043", OutageSource.MANUAL, null, "engineer", overrun);
    outageRecords.restore(overran, beijing("2026-11-22T01:00").toInstant());
    outageRecords.confirmPlanned(overran, beijing("2026-11-21T22:00").toInstant(),
        beijing("2026-11-22T00:00").toInstant());

    at("2026-11-25T10:00");
    runDueJobs();
    deliver(submittedLate);

    at("2026-12-31T22:00");
    runDueJobs();
    deliver(lastHour);
    at("2026-12-31T23:30");
    capacityAtYearEnd = capacityIncident("CAP-2026-000003");
    leakWithoutService = leak(client, "2026-12-31T23:30", null, true);
    at("2026-12-31T23:45");
    runDueJobs();
  }

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void reportsOnTimeCountTheDecidedReportsDueInThePeriodPerServiceWhereTheyNameOne() {
    KpiValue quarter = kpis.value(Kpi.REPORT_ON_TIME, Q4, null);
    assertThat(quarter.counted()).as("not the cancelled one nor the one due in 2027").isEqualTo(5);
    assertThat(quarter.met()).isEqualTo(3);
    assertThat(quarter.value()).isEqualByComparingTo("60.0");
    assertThat(quarter.status()).isEqualTo(KpiStatus.NOT_MET);
    assertThat(quarter.services()).extracting(KpiValue.Part::id, KpiValue.Part::counted, KpiValue.Part::met)
        .containsExactlyInAnyOrder(tuple(BANKING, 4L, 2L), tuple(null, 1L, 1L));

    List<KpiRecord> records = kpis.records(Kpi.REPORT_ON_TIME, Q4, null);
    assertThat(records).extracting(KpiRecord::processInstanceId, record -> record.facts().get("outcome"))
        .as("by due date, then key").containsExactly(
            tuple(onTime.getId(), "按时提交"), tuple(customerReport.getId(), "按时提交"),
            tuple(submittedLate.getId(), "逾期提交"), tuple(neverSubmitted.getId(), "逾期未提交"),
            tuple(lastHour.getId(), "按时提交"));
    assertThat(records.get(2).facts())
        .containsEntry(ServiceReportingProcess.Variables.REPORT_TYPE, "验收汇报")
        .containsEntry(ServiceReportingProcess.Variables.CUSTOMER, "京华银行")
        .containsEntry(ServiceReportingProcess.Variables.DUE_AT, instant("2026-11-20T18:00"))
        .containsEntry(ServiceReportingProcess.Variables.SUBMITTED_AT, instant("2026-11-25T10:00"));
    assertThat(records.get(1).serviceId()).isNull();

    OnTimeRate rate = reportingStatistics.onTimeRate("2026-Q4");
    assertThat(rate.due()).isEqualTo(quarter.counted());
    assertThat(rate.onTime()).isEqualTo(quarter.met());
    assertThat(rate.submittedLate()).isEqualTo(1);
    assertThat(rate.overdueNotSubmitted()).isEqualTo(1);
    assertThat(rate.lateReports()).containsExactly(submittedLate.getBusinessKey(), neverSubmitted.getBusinessKey());
    assertThat(kpis.value(Kpi.REPORT_ON_TIME, ReportingPeriod.parse("2026-12"), null).counted())
        .as("due at 23:00 on 31 December").isEqualTo(2);
  }

  @Test
  void configurationAccuracyCountsTheResultsVerifiedInThePeriodPerServiceOfTheItem() {
    KpiValue quarter = kpis.value(Kpi.CONFIGURATION_ACCURACY, Q4, null);
    assertThat(quarter.counted()).isEqualTo(3);
    assertThat(quarter.met()).isEqualTo(2);
    assertThat(quarter.value()).isEqualByComparingTo("66.7");
    assertThat(quarter.status()).isEqualTo(KpiStatus.NOT_MET);
    assertThat(quarter.services()).extracting(KpiValue.Part::id).containsExactly(BANKING);
    KpiValue september = kpis.value(Kpi.CONFIGURATION_ACCURACY, Q3, null);
    assertThat(september.services()).extracting(KpiValue.Part::id, KpiValue.Part::counted, KpiValue.Part::met)
        .as("verified at 23:30 on 30 September").containsExactly(tuple("core-accounting", 1L, 1L));

    List<KpiRecord> records = kpis.records(Kpi.CONFIGURATION_ACCURACY, Q4, BANKING);
    String auditInstance = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ConfigurationProcess.AUDIT_PROCESS_KEY).processInstanceBusinessKey(bankingAudit)
        .singleResult().getId();
    assertThat(records).extracting(KpiRecord::businessKey, KpiRecord::processInstanceId)
        .containsOnly(tuple(bankingAudit, auditInstance));
    assertThat(records).extracting(record -> record.facts().get("item"), record -> record.facts().get("outcome"),
            KpiRecord::met)
        .as("the same time: by item").containsExactly(tuple("banking-api", "准确", true),
            tuple("banking-batch", "不准确", false), tuple("banking-web", "准确", true));
    assertThat(records.get(1).facts()).containsEntry("verifiedAt", instant("2026-11-05T10:00"))
        .containsEntry("finding", "生产实际为 2.3.0").containsEntry("verifiedBy", "config");

    ConfigurationAccuracy.Report report = configurationAccuracy.of(Q4);
    assertThat(report.verified()).isEqualTo(quarter.counted());
    assertThat(report.accurate()).isEqualTo(quarter.met());
    assertThat(report.status()).isEqualTo(quarter.status());
  }

  @Test
  void availabilitySplitsAnOutageAcrossTheMonthEndAndCountsOverlappingTimeOnce() {
    KpiValue october = kpis.value(Kpi.AVAILABILITY, OCTOBER, BANKING);
    assertThat(october.counted()).isEqualTo(31 * 86_400L);
    assertThat(october.counted() - october.met()).as("23:00 to midnight").isEqualTo(3_600);
    KpiValue november = kpis.value(Kpi.AVAILABILITY, NOVEMBER, BANKING);
    assertThat(november.counted()).isEqualTo(30 * 86_400L);
    assertThat(november.counted() - november.met())
        .as("midnight to 01:00, 10:00 to 12:00 merged, the overrun's hour after midnight").isEqualTo(4 * 3_600);
    assertThat(november.value()).isEqualByComparingTo("99.4");
    assertThat(november.status()).isEqualTo(KpiStatus.MET);
    assertThat(kpis.value(Kpi.AVAILABILITY, NOVEMBER, null).services()).extracting(KpiValue.Part::id)
        .as("key services only").contains(BANKING, "core-accounting").doesNotContain("office-oa");

    List<KpiRecord> records = kpis.records(Kpi.AVAILABILITY, NOVEMBER, BANKING);
    assertThat(records).extracting(KpiRecord::businessKey, KpiRecord::processInstanceId,
            record -> record.facts().get("unavailableMinutes"), KpiRecord::met)
        .as("by start; the planned maintenance inside its window made no time unavailable").containsExactly(
            tuple(acrossMonthEnd.getBusinessKey(), acrossMonthEnd.getId(), 60L, false),
            tuple(overlapped.getBusinessKey(), overlapped.getId(), 60L, false),
            tuple(overlapping.getBusinessKey(), overlapping.getId(), 60L, false),
            tuple(overrun, null, 60L, false));
    assertThat(records.get(0).facts()).containsEntry("startedAt", instant("2026-10-31T23:00"))
        .containsEntry("endedAt", instant("2026-11-01T01:00")).containsEntry("planned", "否");
    assertThat(records.get(3).facts()).containsEntry("planned", "是")
        .containsEntry("plannedFrom", instant("2026-11-21T22:00")).containsEntry("plannedTo", instant("2026-11-22T00:00"));
    for (ReportingPeriod month : List.of(OCTOBER, NOVEMBER)) {
      KpiValue value = kpis.value(Kpi.AVAILABILITY, month, BANKING);
      assertThat(kpis.records(Kpi.AVAILABILITY, month, BANKING).stream()
          .mapToLong(record -> (Long) record.facts().get("unavailableMinutes")).sum() * 60)
          .as("the records add up to the unavailable time of " + month.label()).isEqualTo(value.counted() - value.met());
    }

    AvailabilityReport.ServiceAvailability banking = availabilityReport.of(NOVEMBER).services().stream()
        .filter(service -> service.serviceId().equals(BANKING)).findFirst().orElseThrow();
    assertThat(banking.agreedSeconds()).isEqualTo(november.counted());
    assertThat(banking.unavailableSeconds()).isEqualTo(november.counted() - november.met());
    assertThat(banking.status()).isEqualTo(november.status());
  }

  @Test
  void outagesCountOnceInTheMonthTheyStartedUnlessWhollyConfirmedPlanned() {
    KpiValue october = kpis.value(Kpi.OUTAGES, OCTOBER, null);
    assertThat(october.counted()).isEqualTo(1);
    assertThat(october.status()).isEqualTo(KpiStatus.MET);
    KpiValue november = kpis.value(Kpi.OUTAGES, NOVEMBER, null);
    assertThat(november.counted()).as("not office-oa's, not the maintenance inside its window").isEqualTo(3);
    assertThat(november.target()).isEqualByComparingTo("1");
    assertThat(november.status()).isEqualTo(KpiStatus.NOT_MET);
    KpiValue quarter = kpis.value(Kpi.OUTAGES, Q4, null);
    assertThat(quarter.counted()).isEqualTo(4);
    assertThat(quarter.target()).isEqualByComparingTo("3");

    assertThat(kpis.records(Kpi.OUTAGES, OCTOBER, null)).extracting(KpiRecord::processInstanceId)
        .containsExactly(acrossMonthEnd.getId());
    List<KpiRecord> records = kpis.records(Kpi.OUTAGES, NOVEMBER, BANKING);
    assertThat(records).extracting(KpiRecord::businessKey)
        .containsExactly(overlapped.getBusinessKey(), overlapping.getBusinessKey(), overrun);
    assertThat(records.get(0).facts()).containsEntry("source", "人工登记").containsEntry("cause", "数据库主节点宕机");

    AvailabilityReport.Report report = availabilityReport.of(Q4);
    assertThat(report.outageCount()).isEqualTo(quarter.counted());
    assertThat(report.outageTarget()).isEqualTo(3);
    assertThat(report.outageStatus()).isEqualTo(quarter.status());
  }

  @Test
  void capacityIncidentsCountByTheirReportTimeInBeijing() {
    KpiValue quarter = kpis.value(Kpi.CAPACITY_INCIDENTS, Q4, null);
    assertThat(quarter.counted()).isEqualTo(2);
    assertThat(quarter.status()).isEqualTo(KpiStatus.NOT_MET);
    assertThat(quarter.services()).extracting(KpiValue.Part::id, KpiValue.Part::counted)
        .containsExactly(tuple(BANKING, 2L));
    assertThat(kpis.value(Kpi.CAPACITY_INCIDENTS, Q3, null).counted()).as("reported 23:30 on 30 September")
        .isEqualTo(1);
    List<KpiRecord> records = kpis.records(Kpi.CAPACITY_INCIDENTS, Q4, BANKING);
    assertThat(records).extracting(KpiRecord::businessKey).containsExactly(capacityInOctober, capacityAtYearEnd);
    assertThat(records.get(1).facts()).containsEntry("reportedAt", instant("2026-12-31T23:30"))
        .containsEntry("closedAt", null);

    CapacityIncidentCount.Report report = capacityIncidentCount.of(Q4);
    assertThat(report.incidentKeys()).containsExactly(capacityInOctober, capacityAtYearEnd);
    assertThat(report.target()).isEqualTo(1);
    assertThat(report.status()).isEqualTo(quarter.status());
    assertThat(capacityInSeptember).isNotIn(report.incidentKeys());
  }

  @Test
  void informationLeaksCountTheConfirmedLeaksOfTheYear() {
    KpiValue year = kpis.value(Kpi.INFORMATION_LEAKS, YEAR, null);
    assertThat(year.counted()).as("not the one without exposed customer information, not 2025's").isEqualTo(2);
    assertThat(year.status()).isEqualTo(KpiStatus.MET);
    assertThat(year.services()).extracting(KpiValue.Part::id, KpiValue.Part::counted)
        .containsExactlyInAnyOrder(tuple(BANKING, 1L), tuple(null, 1L));
    assertThat(kpis.value(Kpi.INFORMATION_LEAKS, Q4, null).status()).as("a quarter is not judged").isNull();

    List<KpiRecord> records = kpis.records(Kpi.INFORMATION_LEAKS, YEAR, null);
    assertThat(records).extracting(KpiRecord::businessKey).containsExactly(bankingLeak, leakWithoutService);
    assertThat(records.get(0).facts())
        .containsEntry(SecurityIncidentProcess.Variables.LEAK_CONFIRMED_AT, instant("2026-03-01T10:00"))
        .containsEntry(SecurityIncidentProcess.Variables.AFFECTED_CUSTOMERS, 10L);
    assertThat(kpis.records(Kpi.INFORMATION_LEAKS, ReportingPeriod.parse("2025"), null))
        .extracting(KpiRecord::businessKey).containsExactly(leakOf2025);

    InformationLeaks leaks = securityStatistics.leaks("2026");
    assertThat(leaks.securityIncidents()).containsExactly(bankingLeak, leakWithoutService);
    assertThat(leaks.target()).isEqualTo(2);
    assertThat(leaks.status()).isEqualTo(year.status());
  }

  @Test
  void recordsAreWhatTheTalliesCounted() {
    List<ReportingPeriod> periods = List.of(Q3, OCTOBER, NOVEMBER, Q4, YEAR);
    for (Kpi kpi : List.of(Kpi.REPORT_ON_TIME, Kpi.CONFIGURATION_ACCURACY, Kpi.OUTAGES, Kpi.CAPACITY_INCIDENTS,
        Kpi.INFORMATION_LEAKS)) {
      KpiChecks.assertRecordsMatchTallies(kpis, kpi, periods, List.of(BANKING, "core-accounting"));
    }
  }

  @Test
  void everyRecordHasTheFactsOfItsColumnsInTheirOrder() {
    for (Kpi kpi : List.of(Kpi.REPORT_ON_TIME, Kpi.CONFIGURATION_ACCURACY, Kpi.AVAILABILITY, Kpi.OUTAGES,
        Kpi.CAPACITY_INCIDENTS, Kpi.INFORMATION_LEAKS)) {
      List<String> keys = kpis.columns(kpi).stream().map(KpiColumn::key).toList();
      List<KpiRecord> records = kpis.records(kpi, YEAR, null);
      assertThat(records).as(kpi.id()).isNotEmpty()
          .allSatisfy(record -> assertThat(record.facts().keySet()).containsExactlyElementsOf(keys));
    }
    assertThat(kpis.columns(Kpi.AVAILABILITY)).extracting(KpiColumn::label).last().isEqualTo("本期不可用时长(分钟)");
  }

  private String leak(SuiteClient client, String beijingTime, String serviceId, boolean exposed) throws Exception {
    at(beijingTime);
    HttpResponse<String> created = client.postJson("security", "/api/security-incidents",
        serviceId == null ? "{\"summary\": \"客户资料疑似外泄\", \"description\": \"外部渠道发现客户资料\"}"
            : "{\"summary\": \"客户资料疑似外泄\", \"description\": \"外部渠道发现客户资料\", \"serviceId\": \""
                + serviceId + "\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    runDueJobs();
    String key = json.readTree(created.body()).get("businessKey").asText();
    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(key).singleResult();
    complete(instance, SecurityIncidentProcess.Elements.TASK_TRIAGE_SECURITY_EVENT, "security", Map.of(
        SecurityIncidentProcess.Variables.TRIAGE_DECISION, "CONFIRMED",
        SecurityIncidentProcess.Variables.EVENT_TYPE, "DATA_LEAK",
        SecurityIncidentProcess.Variables.CUSTOMER_INFORMATION_EXPOSED, exposed,
        SecurityIncidentProcess.Variables.AFFECTED_CUSTOMERS, exposed ? 10 : 0,
        SecurityIncidentProcess.Variables.KEY_SERVICE_AFFECTED, false,
        SecurityIncidentProcess.Variables.TRIAGE_NOTE, "已确认"));
    return key;
  }

  private String capacityIncident(String capacityKey) {
    String key = capacityIncidents.open(new CapacityIncidents.Report(capacityKey, BANKING, "数据库连接池耗尽",
        "高峰期连接池使用率 100%", "HIGH", "HIGH"));
    runDueJobs();
    return key;
  }

  /** A manual registration (start form) by an engineer of an outage already restored. */
  private ProcessInstance registerOutage(String serviceId, String start, String end) {
    Map<String, Object> values = new HashMap<>();
    values.put(AvailabilityProcess.Variables.SERVICE_ID, serviceId);
    values.put(AvailabilityProcess.Variables.STARTED_AT, start + "+08:00");
    values.put(AvailabilityProcess.Variables.RESTORED_AT, end + "+08:00");
    values.put(AvailabilityProcess.Variables.CAUSE, "数据库主节点宕机");
    values.put(AvailabilityProcess.Variables.PLANNED, false);
    ProcessInstance outage = asUser("engineer",
        () -> engine.getRuntimeService().startProcessInstanceByKey(AvailabilityProcess.KEY, values));
    runDueJobs();
    return outage;
  }

  /** An acceptance report requested by an ops manager for the service, or for the customer as a whole. */
  private ProcessInstance requestReport(String serviceId, String dueAt) {
    Map<String, Object> request = ReportRequests.acceptanceReport(dueAt + "+08:00");
    request.put(ServiceReportingProcess.Variables.SERVICE_ID, serviceId);
    ProcessInstance report = asUser("manager",
        () -> engine.getRuntimeService().startProcessInstanceByKey(ServiceReportingProcess.KEY, request));
    runDueJobs();
    return report;
  }

  private void draft(ProcessInstance report) {
    complete(report, ServiceReportingProcess.Elements.TASK_DRAFT_REPORT, "engineer",
        Map.of(ServiceReportingProcess.Variables.DOCUMENT_REFERENCE, "DOC-2026-0815"));
    complete(report, ServiceReportingProcess.Elements.TASK_REVIEW_REPORT_QUALITY, "quality", Map.of(
        ServiceReportingProcess.Variables.MEETS_QUALITY_REQUIREMENTS, true,
        ServiceReportingProcess.Variables.MATCHES_BUSINESS_DIRECTION, true,
        ServiceReportingProcess.Variables.MEETS_CUSTOMER_NEEDS, true));
  }

  /** Drafted, passed, approved and submitted to the customer now. */
  private void deliver(ProcessInstance report) {
    draft(report);
    complete(report, ServiceReportingProcess.Elements.TASK_APPROVE_REPORT, "manager",
        Map.of(ServiceReportingProcess.Variables.APPROVAL_DECISION, "APPROVE"));
    complete(report, ServiceReportingProcess.Elements.TASK_SUBMIT_REPORT, "desk",
        Map.of(ServiceReportingProcess.Variables.SUBMISSION_NOTE, "已邮件发送至客户方王经理"));
  }

  /** A production application item of the service, recorded by a release; returns its name. */
  private String productionItem(String serviceId, String name, String releaseKey) {
    items.recordDeployment(releaseKey, serviceId, name, "2.3.1", "app-01", null, "release");
    assertThat(items.search(CiType.APPLICATION, serviceId, name, null, null, 0, 10)).isNotEmpty();
    return name;
  }

  /** A service audit asked for by an ops manager; returns its key. */
  private String serviceAudit(SuiteClient client, String serviceId) throws Exception {
    HttpResponse<String> asked = client.postJson("manager", "/api/configuration-audits",
        "{\"serviceId\":\"" + serviceId + "\"}");
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
    runDueJobs();
    return json.readTree(asked.body()).get("auditKey").asText();
  }

  /** Verifies every item of the audit now: accurate, except the named items with their findings. */
  private void verifyAll(String auditKey, Map<String, String> findings) {
    List<Task> verifications = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(auditKey)
        .taskDefinitionKey(ConfigurationProcess.Elements.TASK_VERIFY_CONFIGURATION_ITEM).list();
    assertThat(verifications).isNotEmpty();
    for (Task verification : verifications) {
      String summary = (String) engine.getTaskService().getVariable(verification.getId(), "itemSummary");
      String finding = findings.entrySet().stream().filter(entry -> summary.contains(entry.getKey()))
          .map(Map.Entry::getValue).findFirst().orElse(null);
      Map<String, Object> values = finding == null
          ? Map.of(ConfigurationProcess.Variables.VERIFICATION_RESULT, "ACCURATE")
          : Map.of(ConfigurationProcess.Variables.VERIFICATION_RESULT, "INACCURATE",
              ConfigurationProcess.Variables.FINDING, finding, ConfigurationProcess.Variables.CORRECTED_VERSION, "2.3.0");
      engine.getTaskService().claim(verification.getId(), "config");
      asUser("config", () -> {
        engine.getTaskService().complete(verification.getId(), values);
        return null;
      });
    }
    runDueJobs();
  }

  /** Completes the instance's open task as {@code user} would in Tasklist, then runs the jobs that are due. */
  private void complete(ProcessInstance instance, String taskKey, String user, Map<String, Object> values) {
    asUser(user, () -> {
      ProcessTests.complete(engine, instance, taskKey, user, values);
      return null;
    });
  }

  private <T> T asUser(String user, Supplier<T> action) {
    engine.getIdentityService().setAuthentication(user, engine.getIdentityService().createGroupQuery()
        .groupMember(user).list().stream().map(group -> group.getId()).toList());
    try {
      return action.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private void runDueJobs() {
    ProcessTests.runDueJobs(engine.getManagementService());
  }

  private static Instant instant(String beijingTime) {
    return beijing(beijingTime).toInstant();
  }
}
