package com.yuanjing.itsm.kpi;

import com.yuanjing.itsm.change.ChangeProcess;
import com.yuanjing.itsm.problem.ProblemProcess;
import com.yuanjing.itsm.release.ReleaseProcess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The calculators of the KPIs counted over incidents, problems, changes and releases: the three incident KPIs
 * share one query, the other three one class, each with its own rule.
 */
@Configuration(proxyBeanMethods = false)
public class ProcessKpiCalculators {

  @Bean
  KpiCalculator slaAttainmentCalculator(ClosedIncidents incidents) {
    return new IncidentKpiCalculator(Kpi.SLA_ATTAINMENT, ClosedIncidents.Rule.SERVICE_LEVEL, incidents);
  }

  @Bean
  KpiCalculator incidentResponseCalculator(ClosedIncidents incidents) {
    return new IncidentKpiCalculator(Kpi.INCIDENT_RESPONSE, ClosedIncidents.Rule.RESPONSE, incidents);
  }

  @Bean
  KpiCalculator incidentResolutionCalculator(ClosedIncidents incidents) {
    return new IncidentKpiCalculator(Kpi.INCIDENT_RESOLUTION, ClosedIncidents.Rule.RESOLUTION, incidents);
  }

  @Bean
  KpiCalculator problemResolutionCalculator(JdbcTemplate jdbc) {
    return new EndedProcessKpiCalculator(Kpi.PROBLEM_RESOLUTION, ProblemProcess.KEY,
        ProblemProcess.Elements.END_EVENT_PROBLEM_RESOLVED, "问题已解决",
        ProblemProcess.Elements.END_EVENT_PROBLEM_NOT_RESOLVED, "问题未解决", jdbc);
  }

  @Bean
  KpiCalculator changeSuccessCalculator(JdbcTemplate jdbc) {
    return new EndedProcessKpiCalculator(Kpi.CHANGE_SUCCESS, ChangeProcess.KEY,
        ChangeProcess.Elements.END_EVENT_CHANGE_SUCCEEDED, "变更成功",
        ChangeProcess.Elements.END_EVENT_CHANGE_FAILED, "变更失败", jdbc);
  }

  @Bean
  KpiCalculator releaseSuccessCalculator(JdbcTemplate jdbc) {
    return new EndedProcessKpiCalculator(Kpi.RELEASE_SUCCESS, ReleaseProcess.KEY,
        ReleaseProcess.Elements.END_EVENT_RELEASE_SUCCEEDED, "发布成功",
        ReleaseProcess.Elements.END_EVENT_RELEASE_FAILED, "发布失败", jdbc);
  }
}
