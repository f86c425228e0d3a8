package com.yuanjing.itsm.availability;

import static com.yuanjing.itsm.availability.AvailabilityProcess.IncidentVariables.*;

import com.yuanjing.itsm.incident.IncidentProcess;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * On the end of the incident step 记录解决: the outage this incident opened is restored at the resolution
 * time. An incident without an outage, or one that only joined another report's outage, changes nothing;
 * so does a second resolution after a reopening (the outage is already restored).
 */
@Component("restoreIncidentOutageListener")
public class RestoreIncidentOutageListener implements ExecutionListener {

  private final OutageReports outages;

  public RestoreIncidentOutageListener(OutageReports outages) {
    this.outages = outages;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.getVariable(OUTAGE_KEY) == null
        || !(execution.getVariable(IncidentProcess.Variables.RESOLVED_AT) instanceof Date resolvedAt)) {
      return;
    }
    outages.restored(OutageSource.INCIDENT, execution.getProcessBusinessKey(), resolvedAt.toInstant());
  }
}
