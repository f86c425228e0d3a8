package com.yuanjing.itsm.kpi;

import static com.yuanjing.itsm.kpi.KpiReviewProcess.Variables.*;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The monthly review: starts an improvement for every KPI below target in a period just closed. A KPI that
 * cannot be judged does not hold up the others; the review then fails after them, so that its job is retried
 * (an incident in Cockpit when the retries are used up) and the improvements already started are not repeated.
 */
@Component("startKpiImprovementsDelegate")
public class StartKpiImprovementsDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(StartKpiImprovementsDelegate.class);

  private final KpiReviews reviews;

  public StartKpiImprovementsDelegate(KpiReviews reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<KpiReviews.KpiPeriod> closed = reviews.closedPeriods(ClockUtil.getCurrentTime().toInstant());
    List<String> improvements = new ArrayList<>();
    List<String> notJudged = new ArrayList<>();
    for (KpiReviews.KpiPeriod each : closed) {
      try {
        reviews.improveIfBelowTarget(each).ifPresent(improvements::add);
      } catch (RuntimeException failure) {
        LOG.warn("KPI {} of {} not reviewed: {}", each.kpi().id(), each.period().label(), failure.getMessage(),
            failure);
        notJudged.add(each.businessKey());
      }
    }
    if (!notJudged.isEmpty()) {
      throw new IllegalStateException("KPI review incomplete, not judged: " + notJudged);
    }
    execution.setVariable(REVIEWED_PERIODS,
        closed.stream().map(KpiReviews.KpiPeriod::describe).collect(Collectors.joining("、")));
    execution.setVariable(BELOW_TARGET_COUNT, improvements.size());
    execution.setVariable(IMPROVEMENT_KEYS, String.join(",", improvements));
    LOG.info("KPI review: {} period(s) closed, improvements {}", closed.size(), improvements);
  }
}
