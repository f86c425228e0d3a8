package com.yuanjing.itsm.capacity;

import com.fasterxml.jackson.databind.JsonNode;
import com.yuanjing.itsm.identity.CurrentUser;
import com.yuanjing.itsm.identity.ItsmGroup;
import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.InvalidInputException;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The monitoring input of capacity management: Prometheus Alertmanager's webhook receiver, and the stored
 * alerts. Alertmanager signs in with HTTP Basic like every {@code /api} caller; in production it uses a
 * technical user of its own in ops-engineers (docs/monitoring-alerts.md).
 */
@RestController
@RequestMapping("/api/alerts")
public class AlertmanagerController {

  private final AlertIntake intake;
  private final CurrentUser currentUser;

  public AlertmanagerController(AlertIntake intake, CurrentUser currentUser) {
    this.intake = intake;
    this.currentUser = currentUser;
  }

  /** One webhook notification (payload version 4): recorded whole, or refused with 400 and nothing recorded. */
  @PostMapping("/alertmanager")
  public IntakeResult receive(@RequestBody JsonNode body) {
    currentUser.requireMemberOf("只有运维工程师、运维管理部或系统管理员可以提交监控告警", ItsmGroup.OPS_ENGINEERS,
        ItsmGroup.OPS_MANAGERS, ItsmGroup.CAMUNDA_ADMIN);
    return intake.receive(AlertmanagerPayload.parse(body));
  }

  /** Stored alerts, newest first, at most {@link AlertIntake#LIST_LIMIT}. */
  @GetMapping
  public List<MonitoringAlert> list(@RequestParam(name = "status", required = false) String status,
      @RequestParam(name = "service", required = false) String serviceId) {
    currentUser.requireMemberOf("只有运维工程师、运维管理部、审计员或系统管理员可以查看监控告警", ItsmGroup.OPS_ENGINEERS,
        ItsmGroup.OPS_MANAGERS, ItsmGroup.AUDITORS, ItsmGroup.CAMUNDA_ADMIN);
    return intake.list(parseStatus(status), serviceId == null || serviceId.isBlank() ? null : serviceId.strip());
  }

  private static AlertStatus parseStatus(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return AlertStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("查询条件有误",
          List.of(new FieldError("status", "告警状态", "必须是 FIRING 或 RESOLVED")));
    }
  }
}
