package com.yuanjing.itsm.security;

import com.yuanjing.itsm.identity.CurrentUser;
import com.yuanjing.itsm.identity.ItsmGroup;
import com.yuanjing.itsm.web.NotFoundException;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Reporting a security event, looking one up, and the yearly count of information leaks. */
@RestController
@RequestMapping("/api/security-incidents")
public class SecurityIncidentController {

  /** The count lists the keys of security incidents, so only those who oversee security read it. */
  static final String LEAK_READERS_ONLY = "只有运维管理部、质量效能部、审计员、信息安全员和系统管理员可以查看信息泄露次数";

  private final SecurityIncidentService securityIncidents;
  private final SecurityStatistics statistics;
  private final CurrentUser currentUser;

  public SecurityIncidentController(SecurityIncidentService securityIncidents, SecurityStatistics statistics,
      CurrentUser currentUser) {
    this.securityIncidents = securityIncidents;
    this.statistics = statistics;
    this.currentUser = currentUser;
  }

  /** The answer to a report: the key and the process instance behind it. */
  public record ReportedSecurityIncident(String businessKey, String processInstanceId) {}

  /** Reports a security event; who may start security incidents is the process's start permission. */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  public ReportedSecurityIncident report(@RequestBody Map<String, Object> report) {
    ProcessInstance instance = securityIncidents.report(report);
    return new ReportedSecurityIncident(instance.getBusinessKey(), instance.getId());
  }

  @GetMapping("/leaks")
  public InformationLeaks leaks(@RequestParam(required = false) String period) {
    currentUser.requireMemberOf(LEAK_READERS_ONLY, ItsmGroup.OPS_MANAGERS, ItsmGroup.QUALITY, ItsmGroup.AUDITORS,
        ItsmGroup.SECURITY_OFFICERS, ItsmGroup.CAMUNDA_ADMIN);
    return statistics.leaks(period);
  }

  @GetMapping("/{businessKey}")
  public SecurityIncidentView get(@PathVariable String businessKey) {
    return securityIncidents.find(businessKey)
        .orElseThrow(() -> new NotFoundException("未找到安全事件 " + businessKey + "，或您无权查看"));
  }
}
