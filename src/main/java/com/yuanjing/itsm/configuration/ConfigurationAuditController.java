package com.yuanjing.itsm.configuration;

import com.yuanjing.itsm.identity.CurrentUser;
import com.yuanjing.itsm.identity.ItsmGroup;
import com.yuanjing.itsm.kpi.ReportingPeriod;
import com.yuanjing.itsm.web.NotFoundException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Configuration audits: ask for the audit of a service, read an audit's results and the accuracy KPI. */
@RestController
@RequestMapping("/api/configuration-audits")
public class ConfigurationAuditController {

  static final String ACCURACY_READERS_ONLY = "只有运维管理部、质量效能部、审计员、配置管理员或系统管理员可以查看配置准确率";

  private final ConfigurationAuditService audits;
  private final ConfigurationAccuracy accuracy;
  private final CurrentUser currentUser;

  public ConfigurationAuditController(ConfigurationAuditService audits, ConfigurationAccuracy accuracy,
      CurrentUser currentUser) {
    this.audits = audits;
    this.accuracy = accuracy;
    this.currentUser = currentUser;
  }

  /** {@code {"serviceId": "online-banking"}} → {@code {"auditKey": "CAU-2026-000004"}}. */
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public Map<String, String> requestServiceAudit(@RequestBody Map<String, Object> body) {
    return Map.of("auditKey", audits.requestServiceAudit(body));
  }

  /**
   * {@code ?period=2026-Q4}, {@code 2026-11} or {@code 2026} (required, as for every KPI); for the groups
   * that read KPIs and for config-managers.
   */
  @GetMapping("/accuracy")
  public ConfigurationAccuracy.Report accuracy(@RequestParam(required = false) String period) {
    currentUser.requireMemberOf(ACCURACY_READERS_ONLY, ItsmGroup.OPS_MANAGERS, ItsmGroup.QUALITY, ItsmGroup.AUDITORS,
        ItsmGroup.CONFIG_MANAGERS, ItsmGroup.CAMUNDA_ADMIN);
    return accuracy.of(ReportingPeriod.parse(period));
  }

  @GetMapping("/{auditKey}")
  public ConfigurationAuditView get(@PathVariable String auditKey) {
    return audits.find(auditKey)
        .orElseThrow(() -> new NotFoundException("未找到配置审计 " + auditKey + "，或您无权查看"));
  }
}
