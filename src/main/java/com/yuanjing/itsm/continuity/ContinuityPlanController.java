package com.yuanjing.itsm.continuity;

import com.yuanjing.itsm.identity.CurrentUser;
import com.yuanjing.itsm.identity.ItsmGroup;
import com.yuanjing.itsm.web.NotFoundException;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The continuity plans of the key services: read by ops engineers and managers, quality, auditors and the
 * administrators; created and updated (each save a new version) by ops managers and administrators.
 */
@RestController
public class ContinuityPlanController {

  static final String READERS_ONLY = "只有运维工程师、运维管理部、质量效能部、审计员或系统管理员可以查看连续性计划";
  static final String EDITORS_ONLY = "只有运维管理部或系统管理员可以制定或修改连续性计划";

  private final ContinuityPlans plans;
  private final CurrentUser currentUser;

  public ContinuityPlanController(ContinuityPlans plans, CurrentUser currentUser) {
    this.plans = plans;
    this.currentUser = currentUser;
  }

  /** The plan in force of every service that has one. */
  @GetMapping("/api/continuity-plans")
  public List<ContinuityPlan> list() {
    requireReader();
    return plans.currentPlans();
  }

  /** The plan in force of one service; 404 when it has none. */
  @GetMapping("/api/continuity-plans/{serviceId}")
  public ContinuityPlan get(@PathVariable String serviceId) {
    requireReader();
    return plans.current(serviceId).orElseThrow(() -> notFound(serviceId));
  }

  /** Every version of one service's plan, the newest first; 404 when it has none. */
  @GetMapping("/api/continuity-plans/{serviceId}/versions")
  public List<ContinuityPlan> versions(@PathVariable String serviceId) {
    requireReader();
    List<ContinuityPlan> versions = plans.versions(serviceId);
    if (versions.isEmpty()) {
      throw notFound(serviceId);
    }
    return versions;
  }

  /** Creates the plan of a key service or saves a new version of it. */
  @PutMapping("/api/continuity-plans/{serviceId}")
  public ContinuityPlan save(@PathVariable String serviceId, @RequestBody Map<String, Object> plan) {
    String user = currentUser.requireMemberOf(EDITORS_ONLY, ItsmGroup.OPS_MANAGERS, ItsmGroup.CAMUNDA_ADMIN);
    return plans.save(serviceId, plan, user);
  }

  private void requireReader() {
    currentUser.requireMemberOf(READERS_ONLY, ItsmGroup.OPS_ENGINEERS, ItsmGroup.OPS_MANAGERS, ItsmGroup.QUALITY,
        ItsmGroup.AUDITORS, ItsmGroup.CAMUNDA_ADMIN);
  }

  private static NotFoundException notFound(String serviceId) {
    return new NotFoundException("服务“" + serviceId + "”没有连续性计划");
  }
}
