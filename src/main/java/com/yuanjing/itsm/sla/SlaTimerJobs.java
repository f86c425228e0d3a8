package com.yuanjing.itsm.sla;

import com.yuanjing.itsm.identity.SystemActions;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * Stops and moves the timer jobs of an SLA clock, so that the timers stay the ones drawn in the diagram
 * while the clock is paused. Must run inside an engine command (a listener or delegate).
 */
@Component
public class SlaTimerJobs {

  private final ManagementService managementService;

  public SlaTimerJobs(ManagementService managementService) {
    this.managementService = managementService;
  }

  public void suspend(String processInstanceId, List<String> timerActivityIds) {
    SystemActions.run(() -> timerActivityIds.forEach(activityId ->
        timers(processInstanceId, activityId).forEach(job -> managementService.suspendJobById(job.getId()))));
  }

  /** Gives each timer its new due date and lets it run again. */
  public void reschedule(String processInstanceId, Map<String, Date> dueDateByTimerActivityId) {
    SystemActions.run(() -> dueDateByTimerActivityId.forEach((activityId, dueDate) ->
        timers(processInstanceId, activityId).forEach(job -> {
          managementService.setJobDuedate(job.getId(), dueDate);
          managementService.activateJobById(job.getId());
        })));
  }

  private List<Job> timers(String processInstanceId, String activityId) {
    return managementService.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).timers()
        .list();
  }
}
