package com.yuanjing.itsm.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.yuanjing.itsm.change.ChangeProcess;
import com.yuanjing.itsm.security.SecurityIncidentProcess;
import com.yuanjing.itsm.testsupport.SuiteClient;
import com.yuanjing.itsm.testsupport.SuiteIntegrationTest;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Camunda's REST API starts processes only at their start events: a start before an activity, one that skips
 * listeners or input mappings, and a restart are refused before the engine sees them, whoever asks.
 */
@SuiteIntegrationTest
class ProcessStartIntegrationTest {

  private static final String START_SECURITY_INCIDENT =
      "/engine-rest/process-definition/key/" + SecurityIncidentProcess.KEY + "/start";

  @LocalServerPort int port;
  @Autowired HistoryService historyService;
  SuiteClient client;

  @BeforeEach
  void connect() {
    client = new SuiteClient(port);
  }

  @Test
  void aStartBeforeAnActivityIsRefusedAndStartsNothing() {
    long before = securityIncidents();
    for (String user : new String[] {"desk", "security", "admin"}) {
      HttpResponse<String> refused = client.postJson(user, START_SECURITY_INCIDENT, """
          {"startInstructions": [{"type": "startBeforeActivity", "activityId": "%s"}],
           "variables": {"customerInformationLeaked": {"value": false}}}"""
          .formatted(SecurityIncidentProcess.Elements.TASK_TRIAGE_SECURITY_EVENT));

      assertThat(refused.statusCode()).as(user + ": " + refused.body()).isEqualTo(403);
      assertThat(refused.body()).contains(ProcessStartFilter.REFUSED);
    }
    assertThat(securityIncidents()).isEqualTo(before);
  }

  @Test
  void skippingListenersOrInputMappingsIsRefused() {
    for (String skip : new String[] {"skipCustomListeners", "skipIoMappings"}) {
      HttpResponse<String> refused = client.postJson("security", START_SECURITY_INCIDENT,
          "{\"%s\": true, \"variables\": {}}".formatted(skip));

      assertThat(refused.statusCode()).as(skip).isEqualTo(403);
    }
  }

  @Test
  void restartingAFinishedInstanceIsRefused() {
    HttpResponse<String> refused = client.postJson("admin",
        "/engine-rest/process-definition/key/" + ChangeProcess.KEY + "/restart", """
            {"processInstanceIds": ["any"], "instructions": [{"type": "startAfterActivity", "activityId": "x"}]}""");

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains(ProcessStartFilter.REFUSED);
  }

  @Test
  void aPlainStartStillReachesTheEngineAndItsStartListeners() {
    HttpResponse<String> checked = client.postJson("security", START_SECURITY_INCIDENT, "{\"variables\": {}}");

    // the start listener refuses an empty report: the request passed the filter with its body intact
    assertThat(checked.body()).doesNotContain(ProcessStartFilter.REFUSED).contains("不能为空");
  }

  private long securityIncidents() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(SecurityIncidentProcess.KEY)
        .count();
  }
}
