package com.yuanjing.itsm.capacity;

import com.yuanjing.itsm.identity.CurrentUser;
import com.yuanjing.itsm.identity.ItsmGroup;
import com.yuanjing.itsm.kpi.ReportingPeriod;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only: the KPI 容量事件次数 and the approved capacity plans of a quarter. */
@RestController
@RequestMapping("/api/capacity")
public class CapacityController {

  static final String KPI_READERS_ONLY = "只有运维管理部、质量效能部、审计员或系统管理员可以查看容量事件次数";
  static final String PLAN_READERS_ONLY = "只有运维工程师、运维管理部、质量效能部、审计员或系统管理员可以查看容量计划";

  private final CapacityIncidentCount incidents;
  private final CapacityPlans plans;
  private final CurrentUser currentUser;

  public CapacityController(CapacityIncidentCount incidents, CapacityPlans plans, CurrentUser currentUser) {
    this.incidents = incidents;
    this.plans = plans;
    this.currentUser = currentUser;
  }

  /** {@code ?period=2026-Q4} (required, a quarter): the capacity incidents of the quarter against the target. */
  @GetMapping("/incidents")
  public CapacityIncidentCount.Report incidents(@RequestParam(required = false) String period) {
    currentUser.requireMemberOf(KPI_READERS_ONLY, ItsmGroup.OPS_MANAGERS, ItsmGroup.QUALITY, ItsmGroup.AUDITORS,
        ItsmGroup.CAMUNDA_ADMIN);
    return incidents.of(ReportingPeriod.parseQuarter(period, "容量事件次数"));
  }

  /** {@code ?period=2026-Q4} (required, a quarter): the approved capacity plans of the quarter, by service. */
  @GetMapping("/plans")
  public List<CapacityPlan> plans(@RequestParam(required = false) String period) {
    currentUser.requireMemberOf(PLAN_READERS_ONLY, ItsmGroup.OPS_ENGINEERS, ItsmGroup.OPS_MANAGERS, ItsmGroup.QUALITY,
        ItsmGroup.AUDITORS, ItsmGroup.CAMUNDA_ADMIN);
    return plans.ofPeriod(ReportingPeriod.parseQuarter(period, "容量计划").label());
  }
}
