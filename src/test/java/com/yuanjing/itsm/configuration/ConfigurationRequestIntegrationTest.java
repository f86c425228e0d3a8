package com.yuanjing.itsm.configuration;

import static com.yuanjing.itsm.configuration.ConfigurationProcess.Elements.*;
import static com.yuanjing.itsm.configuration.ConfigurationProcess.Variables.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.yuanjing.itsm.configuration.ConfigurationRequest.Operation;
import com.yuanjing.itsm.testsupport.SuiteIntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Configuration requests on the real CMDB, in the engine's own (Spring) transactions: what the CMDB
 * refuses at the record step ends the request at 配置登记失败 with the reason, and an update keeps what
 * it leaves blank.
 */
@SuiteIntegrationTest
class ConfigurationRequestIntegrationTest {

  @Autowired ConfigurationItemService items;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;

  @Test
  void aRequestTheCmdbRefusesAtTheRecordStepEndsAsFailedWithTheReason() {
    ConfigurationItem item = testItem("refused-old");
    String instance = request(update(item.id(), Map.of(NAME, "refused-new")));
    approve(instance);
    // meanwhile another item takes the name
    items.register(new ConfigurationRequest(Operation.REGISTER, null, CiType.APPLICATION, "refused-new", null,
        Environment.TEST, null, null, null, null), new ChangeAuthority("config", "抢先登记", null, null, null));

    runJobs(instance);

    assertThat(ended(instance).getEndActivityId()).isEqualTo(END_EVENT_CONFIGURATION_REQUEST_FAILED);
    assertThat((String) historicVariable(instance, RECORD_FAILURE)).contains("已有同名的应用配置项 refused-new");
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instance).count()).isZero();
    assertThat(items.find(item.id()).orElseThrow()).isEqualTo(item);
  }

  @Test
  void anUpdateKeepsWhatItLeavesBlank() {
    ConfigurationItem item = testItem("kept");
    String instance = request(update(item.id(), Map.of(VERSION, "2.0")));
    approve(instance);

    runJobs(instance);

    assertThat(ended(instance).getEndActivityId()).isEqualTo(END_EVENT_CONFIGURATION_RECORDED);
    ConfigurationItem updated = items.find(item.id()).orElseThrow();
    assertThat(updated.version()).isEqualTo("2.0");
    assertThat(updated).extracting(ConfigurationItem::name, ConfigurationItem::serviceId,
        ConfigurationItem::environment, ConfigurationItem::location, ConfigurationItem::owner,
        ConfigurationItem::description)
        .containsExactly(item.name(), "online-banking", Environment.TEST, "test-01", "黄工", "登录服务");
    assertThat(updated.revision()).isEqualTo(item.revision() + 1);
  }

  @Test
  void anUpdateOfAnItemChangedSinceTheRequestEndsAsFailed() {
    ConfigurationItem item = testItem("stale");
    String instance = request(update(item.id(), Map.of(VERSION, "2.0")));
    assertThat(runtimeService.getVariable(instance, ITEM_REVISION)).isEqualTo(item.revision());
    approve(instance);
    items.update(item.id(), new ConfigurationRequest(Operation.UPDATE, item.id(), null, item.name(), null,
        Environment.TEST, "3.0", null, null, null), new ChangeAuthority("config", "直接修改", null, null, null),
        item.revision());

    runJobs(instance);

    assertThat(ended(instance).getEndActivityId()).isEqualTo(END_EVENT_CONFIGURATION_REQUEST_FAILED);
    assertThat((String) historicVariable(instance, RECORD_FAILURE)).contains("配置项在申请后已被修改");
    assertThat(items.find(item.id()).orElseThrow().version()).isEqualTo("3.0");
  }

  // --- steps ---------------------------------------------------------------------------------------

  private ConfigurationItem testItem(String name) {
    return items.register(new ConfigurationRequest(Operation.REGISTER, null, CiType.APPLICATION, name,
        "online-banking", Environment.TEST, "1.0", "test-01", "黄工", "登录服务"),
        new ChangeAuthority("config", "测试环境登记", null, null, null));
  }

  private static Map<String, Object> update(long itemId, Map<String, Object> changes) {
    Map<String, Object> variables = new HashMap<>(changes);
    variables.put(OPERATION, "UPDATE");
    variables.put(ITEM_ID, itemId);
    variables.put(REASON, "测试环境调整");
    variables.put(REQUESTED_BY, "engineer");
    return variables;
  }

  private String request(Map<String, Object> variables) {
    String instance = runtimeService.startProcessInstanceByKey(ConfigurationProcess.KEY, variables).getId();
    runJobs(instance);
    return instance;
  }

  private void approve(String instance) {
    Task check = taskService.createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(TASK_CHECK_CONFIGURATION_REQUEST).singleResult();
    taskService.claim(check.getId(), "config");
    identityService.setAuthentication("config", List.of("config-managers"));
    try {
      taskService.complete(check.getId(), Map.of(CHECK_DECISION, "APPROVE", CHECK_COMMENT, "同意"));
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** Runs the instance's jobs as the job executor would, each in a transaction of the engine's own. */
  private void runJobs(String instance) {
    for (List<Job> jobs = executable(instance); !jobs.isEmpty(); jobs = executable(instance)) {
      jobs.forEach(job -> managementService.executeJob(job.getId()));
    }
  }

  private List<Job> executable(String instance) {
    return managementService.createJobQuery().processInstanceId(instance).executable().list();
  }

  private HistoricProcessInstance ended(String instance) {
    HistoricProcessInstance historic = historyService.createHistoricProcessInstanceQuery().processInstanceId(instance)
        .singleResult();
    assertThat(historic.getEndTime()).as("ended").isNotNull();
    return historic;
  }

  private Object historicVariable(String instance, String name) {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName(name)
        .singleResult().getValue();
  }
}
