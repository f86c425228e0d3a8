package com.yuanjing.itsm.availability;

import static com.yuanjing.itsm.availability.AvailabilityProcess.Variables.*;

import com.yuanjing.itsm.identity.SystemActions;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

/**
 * Outages reported by incidents and monitoring alerts, on the process's own behalf (whoever moved the
 * incident or sent the alert).
 *
 * <p>One interruption of a service is one outage: a report for a service that already has an ongoing
 * outage (one not yet restored) joins it — its key is noted on the outage ({@code joinedReports}) and
 * returned, and no second outage is opened, so the outage count counts the interruption once. Only the
 * report that opened an outage restores it (the incident's resolution, the alert's end); the others are
 * only noted, and ops-engineers may always confirm the restoration by hand.
 */
@Service
public class OutageReports {

  /** A report of an unavailable service. */
  public record Report(String serviceId, Instant startedAt, String cause, OutageSource source, String sourceKey,
      String reportedBy) {}

  /** The outage a report opened or joined. */
  public record Reported(String outageKey, boolean joined) {}

  /** An ongoing outage of a service: its OUT key and when it began. */
  public record Ongoing(String outageKey, Instant startedAt) {}

  private final ProcessEngine engine;
  private final RuntimeService runtimeService;

  public OutageReports(ProcessEngine engine) {
    this.engine = engine;
    this.runtimeService = engine.getRuntimeService();
  }

  /** Opens an outage for the report, or joins the ongoing one of its service. */
  public Reported report(Report report) {
    return SystemActions.run(engine, () -> {
      Optional<ProcessInstance> ongoing = ongoing(report.serviceId());
      if (ongoing.isPresent()) {
        String id = ongoing.get().getId();
        Object before = runtimeService.getVariable(id, JOINED_REPORTS);
        String label = label(report.source(), report.sourceKey());
        runtimeService.setVariable(id, JOINED_REPORTS,
            before instanceof String joined && !joined.isBlank() ? joined + ", " + label : label);
        return new Reported(ongoing.get().getBusinessKey(), true);
      }
      Map<String, Object> variables = new HashMap<>();
      variables.put(SERVICE_ID, report.serviceId());
      Instant now = ClockUtil.getCurrentTime().toInstant();
      variables.put(STARTED_AT, Date.from(report.startedAt().isAfter(now) ? now : report.startedAt()));
      variables.put(CAUSE, truncate(report.cause(), 500));
      variables.put(PLANNED, false);
      variables.put(SOURCE, report.source().name());
      variables.put(SOURCE_KEY, report.sourceKey());
      variables.put(REPORTED_BY, report.reportedBy());
      ProcessInstance outage = runtimeService
          .createMessageCorrelation(AvailabilityProcess.MESSAGE_SERVICE_OUTAGE_REPORTED)
          .setVariables(variables).correlateStartMessage();
      return new Reported(outage.getBusinessKey(), false);
    });
  }

  /**
   * The service of the outage that this source opened is back at {@code restoredAt} (never before the
   * outage began). An outage waiting for its restoration continues at once; one that has not reached that
   * point yet keeps the time and skips the wait, unless a restoration time is already known (confirmed by an
   * engineer or registered by hand): a late report never overwrites it. Nothing happens when the source
   * opened no ongoing outage.
   */
  public void restored(OutageSource source, String sourceKey, Instant restoredAt) {
    SystemActions.run(engine, () -> {
      List<ProcessInstance> outages = runtimeService.createProcessInstanceQuery()
          .processDefinitionKey(AvailabilityProcess.KEY)
          .variableValueEquals(SOURCE, source.name()).variableValueEquals(SOURCE_KEY, sourceKey)
          .variableValueEquals(OUTAGE_STATE, AvailabilityProcess.OutageState.ONGOING).list();
      for (ProcessInstance outage : outages) {
        Date started = (Date) runtimeService.getVariable(outage.getId(), STARTED_AT);
        Date end = started != null && restoredAt.isBefore(started.toInstant()) ? started : Date.from(restoredAt);
        boolean continued = !runtimeService.createMessageCorrelation(AvailabilityProcess.MESSAGE_SERVICE_RESTORED)
            .processInstanceId(outage.getId()).setVariable(RESTORED_AT, end).correlateAllWithResult().isEmpty();
        if (!continued && runtimeService.getVariable(outage.getId(), RESTORED_AT) == null) {
          runtimeService.setVariable(outage.getId(), RESTORED_AT, end);
        }
      }
      return null;
    });
  }

  /** The ongoing outage of the service, if any (the oldest when there are several). */
  public Optional<Ongoing> ongoingOutage(String serviceId) {
    return SystemActions.run(engine, () -> ongoing(serviceId).map(instance -> new Ongoing(instance.getBusinessKey(),
        runtimeService.getVariable(instance.getId(), STARTED_AT) instanceof Date start ? start.toInstant() : null)));
  }

  private Optional<ProcessInstance> ongoing(String serviceId) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(AvailabilityProcess.KEY)
        .variableValueEquals(SERVICE_ID, serviceId)
        .variableValueEquals(OUTAGE_STATE, AvailabilityProcess.OutageState.ONGOING)
        .orderByBusinessKey().asc().listPage(0, 1).stream().findFirst();
  }

  /** How a joined report is noted: the incident's key, or 告警 and the alert's id. */
  static String label(OutageSource source, String sourceKey) {
    return source == OutageSource.ALERT ? "告警 " + sourceKey : sourceKey;
  }

  private static String truncate(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length);
  }
}
