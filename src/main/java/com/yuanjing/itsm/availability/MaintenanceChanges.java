package com.yuanjing.itsm.availability;

import com.yuanjing.itsm.change.ChangeProcess;
import com.yuanjing.itsm.identity.SystemActions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * Whether planned maintenance was covered by its change: the change exists, was approved (variable
 * {@code approved}, set on every approval route), concerns the outage's service, and its planned window
 * [plannedStart, plannedEnd] holds the whole outage. Read from the change's history on the process's own
 * behalf. How the change ended afterwards (succeeded, failed, backed out) does not matter: the downtime was
 * approved either way.
 */
@Component
public class MaintenanceChanges {

  /** The facts of a change that matter here; {@code found} false when no change has the key. */
  public record ChangeFacts(boolean found, boolean approved, String serviceId, Instant plannedStart,
      Instant plannedEnd) {
    static final ChangeFacts NONE = new ChangeFacts(false, false, null, null, null);
  }

  /**
   * The verdict; {@code reasons} in Chinese, empty when confirmed. {@code confirmed}: the whole outage lies in
   * the window of the approved change of its service. [{@code plannedFrom}, {@code plannedTo}): the part of
   * the outage inside that window, also when the outage overran it; null when the change covers nothing
   * (unknown, not approved, another service, no window, or no overlap).
   */
  public record Verdict(boolean confirmed, List<String> reasons, Instant plannedFrom, Instant plannedTo) {

    /** A verdict without a window of its own: a confirmed one covers the whole outage. */
    public Verdict(boolean confirmed, List<String> reasons) {
      this(confirmed, reasons, null, null);
    }

    public String summary() {
      return String.join("；", reasons);
    }
  }

  private final HistoryService historyService;

  public MaintenanceChanges(HistoryService historyService) {
    this.historyService = historyService;
  }

  public Verdict check(String changeKey, String serviceId, Instant start, Instant end) {
    return judge(changeKey, facts(changeKey), serviceId, start, end);
  }

  /**
   * Why the change cannot approve planned maintenance of the service, checked at registration: it does not
   * exist, is not approved, or concerns another service. Empty when it may.
   */
  public List<String> registrationProblems(String changeKey, String serviceId) {
    return refusals(changeKey, facts(changeKey), serviceId);
  }

  static List<String> refusals(String changeKey, ChangeFacts change, String serviceId) {
    List<String> reasons = new ArrayList<>();
    if (!change.found()) {
      reasons.add("变更 " + changeKey + " 不存在");
      return reasons;
    }
    if (!change.approved()) {
      reasons.add("变更 " + changeKey + " 未获批准");
    }
    if (change.serviceId() != null && !change.serviceId().equals(serviceId)) {
      reasons.add("变更 " + changeKey + " 涉及的服务不是本次中断的服务");
    }
    return reasons;
  }

  /** The rule itself, without the engine. */
  static Verdict judge(String changeKey, ChangeFacts change, String serviceId, Instant start, Instant end) {
    List<String> reasons = refusals(changeKey, change, serviceId);
    if (!change.found()) {
      return new Verdict(false, reasons);
    }
    boolean covers = reasons.isEmpty();
    if (change.plannedStart() == null || change.plannedEnd() == null) {
      reasons.add("变更 " + changeKey + " 没有计划实施时间");
      return new Verdict(false, reasons);
    }
    if (start.isBefore(change.plannedStart())) {
      reasons.add("中断开始早于变更计划开始时间 " + OutageTimes.display(change.plannedStart()));
    }
    if (end != null && end.isAfter(change.plannedEnd())) {
      reasons.add("服务恢复晚于变更计划结束时间 " + OutageTimes.display(change.plannedEnd()));
    }
    if (!covers || end == null) {
      return new Verdict(false, reasons);
    }
    Instant from = start.isAfter(change.plannedStart()) ? start : change.plannedStart();
    Instant to = end.isBefore(change.plannedEnd()) ? end : change.plannedEnd();
    if (!from.isBefore(to)) {
      return new Verdict(false, reasons);
    }
    return new Verdict(reasons.isEmpty(), reasons, from, to);
  }

  ChangeFacts facts(String changeKey) {
    return SystemActions.run(() -> {
      Optional<HistoricProcessInstance> change = historyService.createHistoricProcessInstanceQuery()
          .processDefinitionKey(ChangeProcess.KEY).processInstanceBusinessKey(changeKey).list().stream().findFirst();
      if (change.isEmpty()) {
        return ChangeFacts.NONE;
      }
      String id = change.get().getId();
      Map<String, Object> variables = historyService.createHistoricVariableInstanceQuery().processInstanceId(id)
          .disableCustomObjectDeserialization()
          .list().stream()
          .filter(variable -> id.equals(variable.getActivityInstanceId()) && variable.getValue() != null)
          .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue,
              (a, b) -> a));
      return new ChangeFacts(true, Boolean.TRUE.equals(variables.get(ChangeProcess.Variables.APPROVED)),
          (String) variables.get(ChangeProcess.Variables.SERVICE_ID),
          instant(variables.get(ChangeProcess.Variables.PLANNED_START)),
          instant(variables.get(ChangeProcess.Variables.PLANNED_END)));
    });
  }

  private static Instant instant(Object value) {
    return value instanceof Date date ? date.toInstant() : null;
  }
}
