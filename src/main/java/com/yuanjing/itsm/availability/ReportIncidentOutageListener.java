package com.yuanjing.itsm.availability;

import static com.yuanjing.itsm.availability.AvailabilityProcess.IncidentVariables.*;

import com.yuanjing.itsm.incident.IncidentProcess;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * On the incident task 受理事件 (complete): when 服务中断（服务不可用） is ticked, reports an outage of the
 * incident's service (source INCIDENT, the incident's key), or joins the ongoing one, and notes its key on
 * the incident. Invalid outage fields are left to the form check at the task's end, which refuses the
 * completion with a message naming them (and rolls back anything this listener did).
 */
@Component("reportIncidentOutageListener")
public class ReportIncidentOutageListener implements TaskListener {

  private final OutageReports outages;

  public ReportIncidentOutageListener(OutageReports outages) {
    this.outages = outages;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!Boolean.TRUE.equals(task.getVariable(SERVICE_UNAVAILABLE)) || task.getVariable(OUTAGE_KEY) != null) {
      return;
    }
    Optional<Instant> since = IncidentOutageFields.unavailableSince(task.getVariable(UNAVAILABLE_SINCE),
        task.getVariable(IncidentProcess.Variables.REPORTED_AT));
    if (since.isEmpty()) {
      return;
    }
    String incidentKey = task.getExecution().getProcessBusinessKey();
    OutageReports.Reported outage = outages.report(new OutageReports.Report(
        (String) task.getVariable(IncidentProcess.Variables.SERVICE_ID), since.get(),
        "事件 " + incidentKey + "：" + task.getVariable(IncidentProcess.Variables.SUMMARY), OutageSource.INCIDENT,
        incidentKey, task.getAssignee() != null ? task.getAssignee() : currentUser(task)));
    task.setVariable(UNAVAILABLE_SINCE, Date.from(since.get()));
    task.setVariable(OUTAGE_KEY, outage.outageKey());
  }

  private static String currentUser(DelegateTask task) {
    Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
