package com.yuanjing.itsm.sla;

import com.yuanjing.itsm.identity.SystemActions;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.SuspensionState;
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

  /**
   * Gives each timer its new due date and lets it run again. Both changes go through the job entity in
   * one update: the public calls would update the same row twice in one command and fail on its revision.
   */
  public void reschedule(String processInstanceId, Map<String, Date> dueDateByTimerActivityId) {
    SystemActions.run(() -> dueDateByTimerActivityId.forEach((activityId, dueDate) ->
        timers(processInstanceId, activityId).forEach(timer -> {
          JobEntity job = Context.getCommandContext().getJobManager().findJobById(timer.getId());
          job.setDuedate(dueDate);
          job.setSuspensionState(SuspensionState.ACTIVE.getStateCode());
        })));
  }

  private List<Job> timers(String processInstanceId, String activityId) {
    return managementService.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).timers()
        .list();
  }
}
