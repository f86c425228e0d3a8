package com.yuanjing.itsm.incident;

import static com.yuanjing.itsm.incident.IncidentReports.with;
import static com.yuanjing.itsm.incident.IncidentReports.without;
import static org.assertj.core.api.Assertions.assertThat;

import com.yuanjing.itsm.servicelevel.ItService;
import com.yuanjing.itsm.servicelevel.ServiceDirectory;
import com.yuanjing.itsm.validation.FieldError;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class IncidentReportValidatorTest {

  private final IncidentReportValidator validator = new IncidentReportValidator(ServiceDirectory.of(List.of(
      new ItService("online-banking", "网上银行系统", "GOLD"),
      new ItService("office-mail", "企业邮箱", "SILVER"),
      new ItService("oa", "办公自动化系统", "BRONZE"))));

  private List<FieldError> validate(Map<String, Object> report) {
    return validator.validate(report);
  }

  private static List<String> fields(List<FieldError> errors) {
    return errors.stream().map(FieldError::field).toList();
  }

  // --- valid reports -------------------------------------------------------------------------

  @Test
  void validReportWithoutOptionalFieldsHasNoErrors() {
    assertThat(validate(IncidentReports.valid())).isEmpty();
  }

  @Test
  void validReportWithCategoryAndMajorHasNoErrors() {
    Map<String, Object> report = IncidentReports.valid();
    report.put("category", "DATABASE");
    report.put("major", true);

    assertThat(validate(report)).isEmpty();
  }

  @Test
  void majorFalseIsValid() {
    assertThat(validate(with("major", false))).isEmpty();
  }

  @Test
  void optionalFieldsPresentButNullAreValid() {
    Map<String, Object> report = IncidentReports.valid();
    report.put("category", null);
    report.put("major", null);

    assertThat(validate(report)).isEmpty();
  }

  @Test
  void textsExactlyAtTheirLimitsAreValid() {
    Map<String, Object> report = IncidentReports.valid();
    report.put("reporter", "a".repeat(50));
    report.put("reporterContact", "1".repeat(100));
    report.put("summary", "摘".repeat(200));
    report.put("description", "x".repeat(4000));

    assertThat(validate(report)).isEmpty();
  }

  @Test
  void everyServiceOfTheDirectoryIsAccepted() {
    for (String serviceId : List.of("online-banking", "office-mail", "oa")) {
      assertThat(validate(with("serviceId", serviceId))).as(serviceId).isEmpty();
    }
  }

  // --- required fields -----------------------------------------------------------------------

  /** The required fields with their labels, in form order. */
  static Stream<Arguments> requiredFieldsWithLabels() {
    return Stream.of(
        Arguments.of("reporter", "报告人"),
        Arguments.of("reporterContact", "联系方式"),
        Arguments.of("serviceId", "受影响服务"),
        Arguments.of("incidentType", "事件类型"),
        Arguments.of("impact", "影响度"),
        Arguments.of("urgency", "紧急度"),
        Arguments.of("summary", "摘要"),
        Arguments.of("description", "详细描述"));
  }

  @ParameterizedTest(name = "missing {0} ({1})")
  @MethodSource("requiredFieldsWithLabels")
  void missingRequiredFieldIsReportedWithItsLabel(String field, String label) {
    List<FieldError> errors = validate(without(field));

    assertThat(errors).containsExactly(new FieldError(field, label, "不能为空"));
    assertThat(errors.get(0).describe()).isEqualTo(label + "：不能为空");
  }

  @ParameterizedTest(name = "null {0}")
  @ValueSource(strings = {"reporter", "serviceId", "impact", "summary"})
  void nullValueCountsAsMissing(String field) {
    assertThat(validate(with(field, null))).extracting(FieldError::field, FieldError::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(field, "不能为空"));
  }

  @ParameterizedTest(name = "blank {0}")
  @MethodSource("requiredFieldsWithLabels")
  void blankStringCountsAsMissing(String field, String label) {
    for (String blank : List.of("", "   ", "\t\n")) {
      assertThat(validate(with(field, blank))).as("%s = \"%s\"", field, blank)
          .containsExactly(new FieldError(field, label, "不能为空"));
    }
  }

  @Test
  void emptyReportNamesEveryRequiredFieldInFormOrder() {
    assertThat(fields(validate(new HashMap<>()))).containsExactly(
        "reporter", "reporterContact", "serviceId", "incidentType", "impact", "urgency", "summary", "description");
  }

  @Test
  void blankOptionalCategoryIsNotAnError() {
    assertThat(validate(with("category", "  "))).isEmpty();
  }

  // --- lengths -------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} longer than {2}")
  @CsvSource({
      "summary,         摘要,     200",
      "reporter,        报告人,   50",
      "description,     详细描述, 4000",
      "reporterContact, 联系方式, 100",
  })
  void overLongTextIsReportedWithTheLimit(String field, String label, int limit) {
    assertThat(validate(with(field, "长".repeat(limit + 1)))).containsExactly(
        new FieldError(field, label, "不能超过 " + limit + " 个字符（当前 " + (limit + 1) + " 个）"));
  }

  @Test
  void summaryOf201CharactersNamesLimitAndLength() {
    assertThat(validate(with("summary", "x".repeat(201)))).singleElement()
        .satisfies(error -> assertThat(error.describe()).isEqualTo("摘要：不能超过 200 个字符（当前 201 个）"));
  }

  // --- choices -------------------------------------------------------------------------------

  @Test
  void unknownServiceListsTheConfiguredServices() {
    assertThat(validate(with("serviceId", "mobile-banking"))).containsExactly(
        new FieldError("serviceId", "受影响服务",
        "取值“mobile-banking”无效，可选：online-banking（网上银行系统）、office-mail（企业邮箱）、oa（办公自动化系统）"));
  }

  @Test
  void serviceNameInsteadOfIdIsRejected() {
    assertThat(fields(validate(with("serviceId", "网上银行系统")))).containsExactly("serviceId");
  }

  @Test
  void unknownIncidentTypeListsTheTypes() {
    assertThat(validate(with("incidentType", "OUTAGE"))).containsExactly(
        new FieldError("incidentType", "事件类型",
        "取值“OUTAGE”无效，可选：SERVICE_REQUEST（服务请求）、CONSULTATION（技术咨询）、TECHNICAL_SUPPORT（技术支持）、FAULT（故障）"));
  }

  @ParameterizedTest(name = "{0} = {2}")
  @CsvSource({
      "impact,  影响度, CRITICAL",
      "urgency, 紧急度, CRITICAL",
      "impact,  影响度, high",
      "urgency, 紧急度, 高",
  })
  void unknownSeverityListsTheLevels(String field, String label, String value) {
    assertThat(validate(with(field, value))).containsExactly(new FieldError(field, label,
        "取值“" + value + "”无效，可选：HIGH（高）、MEDIUM（中）、LOW（低）"));
  }

  @Test
  void unknownCategoryListsTheCategories() {
    assertThat(validate(with("category", "HARDWARE"))).containsExactly(new FieldError("category", "分类",
        "取值“HARDWARE”无效，可选：APPLICATION（应用）、DATABASE（数据库）、MIDDLEWARE（中间件）、SERVER（服务器）、"
            + "NETWORK（网络）、CAPACITY（容量）、SECURITY（信息安全）、OTHER（其他）"));
  }

  // --- types ---------------------------------------------------------------------------------

  @Test
  void numberAsSummaryMustBeText() {
    assertThat(validate(with("summary", 42))).containsExactly(new FieldError("summary", "摘要", "必须是文本"));
  }

  @Test
  void nonStringChoiceMustBeText() {
    Map<String, Object> report = IncidentReports.valid();
    report.put("impact", 1);
    report.put("serviceId", List.of("online-banking"));

    assertThat(validate(report)).containsExactly(
        new FieldError("serviceId", "受影响服务", "必须是文本"),
        new FieldError("impact", "影响度", "必须是文本"));
  }

  @ParameterizedTest(name = "major = {0}")
  @ValueSource(strings = {"yes", "true", "1"})
  void majorThatIsNotBooleanIsRejected(String value) {
    assertThat(validate(with("major", value)))
        .containsExactly(new FieldError("major", "重大事件", "必须是 true 或 false"));
  }

  @Test
  void majorAsNumberIsRejected() {
    assertThat(fields(validate(with("major", 1)))).containsExactly("major");
  }

  // --- unknown fields ------------------------------------------------------------------------

  @Test
  void unknownFieldIsReported() {
    assertThat(validate(with("priority", "P1"))).containsExactly(new FieldError("priority", "priority", "未知字段"));
  }

  @Test
  void misspelledFieldIsReportedAndTheRealFieldIsMissing() {
    Map<String, Object> report = IncidentReports.valid();
    report.put("sumary", report.remove("summary"));

    assertThat(validate(report)).containsExactly(
        new FieldError("summary", "摘要", "不能为空"),
        new FieldError("sumary", "sumary", "未知字段"));
  }

  @Test
  void unknownFieldsAreReportedInAlphabeticalOrder() {
    Map<String, Object> report = IncidentReports.valid();
    report.put("zeta", "z");
    report.put("alpha", "a");

    assertThat(fields(validate(report))).containsExactly("alpha", "zeta");
  }

  // --- several errors at once ----------------------------------------------------------------

  @Test
  void severalBadFieldsAreAllReported() {
    Map<String, Object> report = IncidentReports.valid();
    report.remove("reporter");
    report.put("serviceId", "no-such-service");
    report.put("impact", "CRITICAL");
    report.put("category", "HARDWARE");
    report.put("summary", "x".repeat(201));
    report.put("description", 12345);
    report.put("major", "no");
    report.put("extra", "?");

    assertThat(fields(validate(report))).containsExactly(
        "reporter", "serviceId", "impact", "category", "summary", "description", "major", "extra");
  }
}
