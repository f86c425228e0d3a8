package com.yuanjing.itsm.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** What every process test does with the engine: set its clock, run its due jobs, read its history. */
public final class ProcessTests {

  public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private ProcessTests() {}

  /** Sets the engine clock to a local time in Beijing, such as {@code 2026-11-30T10:00}. */
  public static void at(String beijingTime) {
    ClockUtil.setCurrentTime(beijing(beijingTime));
  }

  public static Date beijing(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant());
  }

  /** Runs every job that is due at the engine clock's time, as the job executor would. */
  public static void runDueJobs(ManagementService managementService) {
    for (int round = 0; round < 50; round++) {
      List<Job> due = managementService.createJobQuery().active().executable().list().stream()
          .filter(job -> job.getDuedate() == null || !job.getDuedate().after(ClockUtil.getCurrentTime()))
          .toList();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> managementService.executeJob(job.getId()));
    }
    throw new AssertionError("jobs keep coming: a loop in the model?");
  }

  /**
   * Completes the instance's open task {@code taskKey} as {@code user} (claiming it when nobody has), then runs
   * the jobs that are due.
   */
  public static void complete(ProcessEngine engine, ProcessInstance instance, String taskKey, String user,
      Map<String, Object> values) {
    TaskService taskService = engine.getTaskService();
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
        .singleResult();
    assertThat(task).as(taskKey).isNotNull();
    if (task.getAssignee() == null) {
      taskService.claim(task.getId(), user);
    }
    taskService.complete(task.getId(), values);
    runDueJobs(engine.getManagementService());
  }

  /** A variable's last value on the instance itself (not an activity's input parameter of the same name). */
  public static Object historicVariable(HistoryService historyService, ProcessInstance instance, String name) {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(name).list().stream()
        .filter(variable -> instance.getId().equals(variable.getActivityInstanceId()))
        .findFirst().orElseThrow().getValue();
  }
}
