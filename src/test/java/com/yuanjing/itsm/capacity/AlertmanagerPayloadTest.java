package com.yuanjing.itsm.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.InvalidInputException;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checks of an Alertmanager notification, without a database. */
class AlertmanagerPayloadTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void readsAVersion4NotificationAndIgnoresFieldsItDoesNotKnow() throws Exception {
    AlertmanagerPayload payload = AlertmanagerPayload.parse(JSON.readTree("""
        {"version":"4","status":"firing","receiver":"itsm","groupKey":"{}:{alertname=\\"HighCpu\\"}",
         "truncatedAlerts":0,"externalURL":"http://am:9093","futureField":{"x":1},
         "alerts":[{"status":"firing","labels":{"alertname":"HighCpu","severity":"critical","job":"banking-api"},
           "annotations":{"summary":"CPU 过高"},"startsAt":"2026-03-02T10:15:30.123456789+08:00",
           "endsAt":"0001-01-01T00:00:00Z","generatorURL":"http://prom","fingerprint":"c0ffee01"}]}
        """));

    assertThat(payload.receiver()).isEqualTo("itsm");
    assertThat(payload.alerts()).singleElement().satisfies(alert -> {
      assertThat(alert.status()).isEqualTo(AlertStatus.FIRING);
      assertThat(alert.alertName()).isEqualTo("HighCpu");
      assertThat(alert.severity()).isEqualTo("critical");
      assertThat(alert.labels()).containsEntry("job", "banking-api");
      assertThat(alert.annotations()).isEqualTo(Map.of("summary", "CPU 过高"));
      assertThat(alert.startsAt()).isEqualTo(Instant.parse("2026-03-02T02:15:30.123456Z"));
      assertThat(alert.endsAt()).isNull();
    });
  }

  @Test
  void aResolvedAlertKeepsItsEndAndAZeroEndIsNone() throws Exception {
    AlertmanagerPayload payload = AlertmanagerPayload.parse(JSON.readTree("""
        {"version":"4","status":"resolved","alerts":[
          {"status":"resolved","labels":{"alertname":"A"},"startsAt":"2026-03-02T10:00:00Z",
           "endsAt":"2026-03-02T10:30:00Z","fingerprint":"a1"},
          {"status":"resolved","labels":{"alertname":"B"},"startsAt":"2026-03-02T10:00:00Z",
           "endsAt":"0001-01-01T00:00:00Z","fingerprint":"b1"}]}
        """));

    assertThat(payload.alerts()).extracting(ReceivedAlert::endsAt)
        .containsExactly(Instant.parse("2026-03-02T10:30:00Z"), null);
  }

  @Test
  void namesEveryBadFieldByItsJsonPath() throws Exception {
    JsonNode body = JSON.readTree("""
        {"version":"3","status":"pending","alerts":[
          {"status":"firing","labels":{"alertname":"A"},"startsAt":"2026-03-02T10:00:00Z","fingerprint":"a1"},
          {"status":"firing","labels":{"alertname":"B"},"startsAt":"2026-03-02T10:00:00Z"},
          {"status":"open","labels":{"severity":"critical"},"startsAt":"yesterday","endsAt":"soon","fingerprint":" "},
          "not an alert"]}
        """);

    InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
        () -> AlertmanagerPayload.parse(body));

    assertThat(refused.errors()).extracting(FieldError::field).containsExactly("version", "status",
        "alerts[1].fingerprint", "alerts[2].status", "alerts[2].fingerprint", "alerts[2].labels.alertname",
        "alerts[2].startsAt", "alerts[2].endsAt", "alerts[3]");
    assertThat(refused.getMessage()).startsWith(AlertmanagerPayload.INVALID).contains("告警指纹：不能为空");
  }

  @Test
  void refusesANotificationWithoutAlertsOrThatIsNoObject() throws Exception {
    assertThat(catchThrowableOfType(InvalidInputException.class, () -> AlertmanagerPayload.parse(
        JSON.readTree("{\"version\":\"4\",\"status\":\"firing\",\"alerts\":[]}"))).errors())
        .extracting(FieldError::field).containsExactly("alerts");
    assertThat(catchThrowableOfType(InvalidInputException.class, () -> AlertmanagerPayload.parse(
        JSON.readTree("[1, 2]"))).errors()).extracting(FieldError::field).containsExactly("$");
  }

  @Test
  void refusesLabelsThatAreNoStringsAndTooLongFingerprints() throws Exception {
    JsonNode body = JSON.readTree("""
        {"version":"4","status":"firing","alerts":[
          {"status":"firing","labels":{"alertname":"A","replicas":3},"startsAt":"2026-03-02T10:00:00Z",
           "fingerprint":"%s"}]}
        """.formatted("f".repeat(65)));

    assertThat(catchThrowableOfType(InvalidInputException.class, () -> AlertmanagerPayload.parse(body)).errors())
        .extracting(FieldError::field).containsExactly("alerts[0].fingerprint", "alerts[0].labels.replicas");
  }
}
