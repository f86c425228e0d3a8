package com.yuanjing.itsm.kpi;

import static com.yuanjing.itsm.kpi.KpiReviewProcess.Variables.*;

import com.yuanjing.itsm.identity.SystemActions;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Service;

/**
 * The closed loop of the KPIs (ISO/IEC 20000 8.3.3): which periods closed, which KPIs missed their target in
 * them, and one improvement per KPI and period, never two (docs/kpis.md).
 */
@Service
public class KpiReviews {

  private final KpiService kpis;
  private final KpiObjectives objectives;
  private final ProcessEngine engine;

  public KpiReviews(KpiService kpis, KpiObjectives objectives, ProcessEngine engine) {
    this.kpis = kpis;
    this.objectives = objectives;
    this.engine = engine;
  }

  /** A KPI and a period of the type its target is set for. */
  public record KpiPeriod(Kpi kpi, ReportingPeriod period) {

    /** The business key of the KPI's improvement for the period, e.g. {@code KPI-incident-response-2026-01}. */
    public String businessKey() {
      return KpiReviewProcess.BUSINESS_KEY_PREFIX + "-" + kpi.id() + "-" + period.label();
    }

    public String describe() {
      return kpi.chineseName() + " " + period.label();
    }
  }

  /**
   * The periods that closed at the start of the month containing {@code now} (Beijing time), one for each KPI
   * whose period (as configured) began then: the last month always, the last quarter in January, April, July
   * and October, the last year in January. Any time in the month gives the same answer, so a review that runs
   * late or again finds the same periods.
   */
  public List<KpiPeriod> closedPeriods(Instant now) {
    Instant monthStart = ReportingPeriod.containing(now, ReportingPeriod.Type.MONTH).start();
    return Arrays.stream(Kpi.values())
        .map(kpi -> new KpiPeriod(kpi, ReportingPeriod.containing(now, objectives.of(kpi).period())))
        .filter(current -> current.period().start().equals(monthStart))
        .map(current -> new KpiPeriod(current.kpi(), current.period().previous()))
        .toList();
  }

  /**
   * Judges a KPI overall in a closed period and, when it is 未达标, starts its improvement in a transaction of its
   * own, unless one exists already for the same KPI and period (a second review, or a retry).
   *
   * @return the business key of the KPI's improvement when it is below target; empty when it met its target or
   *     there was nothing to judge
   */
  public Optional<String> improveIfBelowTarget(KpiPeriod closed) {
    KpiValue value = kpis.value(closed.kpi(), closed.period(), null);
    if (!KpiStatus.NOT_MET.equals(value.status())) {
      return Optional.empty();
    }
    String businessKey = closed.businessKey();
    SystemActions.runInOwnTransaction(engine, () -> {
      boolean exists = engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processDefinitionKey(KpiReviewProcess.IMPROVEMENT_KEY).processInstanceBusinessKey(businessKey).count() > 0;
      return exists ? null : engine.getRuntimeService()
          .startProcessInstanceByKey(KpiReviewProcess.IMPROVEMENT_KEY, businessKey, facts(closed, value));
    });
    return Optional.of(businessKey);
  }

  private static Map<String, Object> facts(KpiPeriod closed, KpiValue value) {
    return Map.of(KPI, closed.kpi().id(), KPI_NAME, value.name(), PERIOD, value.period(),
        KPI_VALUE, value.value().toPlainString() + value.unit(),
        KPI_TARGET, value.comparison() + " " + value.target().toPlainString() + value.unit(),
        OWNER_GROUP, closed.kpi().owner().id(), TITLE, closed.describe() + " " + value.status());
  }
}
