package com.yuanjing.itsm.continuity;

import static com.yuanjing.itsm.continuity.ContinuityDrillProcess.Variables.REASON;
import static com.yuanjing.itsm.continuity.ContinuityDrillProcess.Variables.SERVICE_ID;

import com.yuanjing.itsm.identity.CurrentUser;
import com.yuanjing.itsm.identity.ItsmGroup;
import com.yuanjing.itsm.validation.Choices;
import com.yuanjing.itsm.validation.FieldChecks;
import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The kept drill results, and drills requested by ops managers now (for example after an incident). */
@RestController
public class ContinuityDrillController {

  static final String READERS_ONLY = "只有运维工程师、运维管理部、质量效能部、审计员或系统管理员可以查看连续性演练结果";
  static final String REQUESTERS_ONLY = "只有运维管理部或系统管理员可以申请连续性演练";
  static final Map<String, String> REQUEST_FIELDS = Choices.of(SERVICE_ID, "服务", REASON, "演练原因");

  private final ContinuityDrills drills;
  private final RuntimeService runtimeService;
  private final CurrentUser currentUser;

  public ContinuityDrillController(ContinuityDrills drills, RuntimeService runtimeService, CurrentUser currentUser) {
    this.drills = drills;
    this.runtimeService = runtimeService;
    this.currentUser = currentUser;
  }

  /** {@code ?service=online-banking&year=2026}, both optional: the results of the executed drills. */
  @GetMapping("/api/continuity-drills")
  public List<DrillResult> results(@RequestParam(required = false) String service,
      @RequestParam(required = false) String year) {
    currentUser.requireMemberOf(READERS_ONLY, ItsmGroup.OPS_ENGINEERS, ItsmGroup.OPS_MANAGERS, ItsmGroup.QUALITY,
        ItsmGroup.AUDITORS, ItsmGroup.CAMUNDA_ADMIN);
    Integer inYear = null;
    if (year != null && !year.isBlank()) {
      if (!year.strip().matches("\\d{4}")) {
        throw new InvalidInputException("查询条件有误",
            List.of(new FieldError("year", "年份", "“" + year + "”不是有效的年份，例如 2026")));
      }
      inYear = Integer.valueOf(year.strip());
    }
    return drills.results(service == null || service.isBlank() ? null : service.strip(), inYear);
  }

  /** Requests a drill of a key service now: {@code {"serviceId": "online-banking", "reason": "…"}}. */
  @PostMapping("/api/continuity-drills")
  @ResponseStatus(HttpStatus.CREATED)
  public Map<String, String> request(@RequestBody Map<String, Object> body) {
    currentUser.requireMemberOf(REQUESTERS_ONLY, ItsmGroup.OPS_MANAGERS, ItsmGroup.CAMUNDA_ADMIN);
    List<FieldError> errors = new ArrayList<>(new FieldChecks(body).text(SERVICE_ID, "服务", true, 64)
        .text(REASON, "演练原因", true, 500).noOtherFields(REQUEST_FIELDS).errors());
    InvalidInputException.throwIfAny(ContinuityDrills.REQUEST_REFUSED, errors);
    // the registration listener checks the service (a published key service with a plan)
    ProcessInstance drill = runtimeService.createMessageCorrelation(ContinuityDrillProcess.MESSAGE_DRILL_REQUESTED)
        .setVariables(ContinuityDrills.request((String) body.get(SERVICE_ID), (String) body.get(REASON),
            DrillTrigger.REQUESTED))
        .correlateStartMessage();
    return Map.of("drillKey", drill.getBusinessKey(), "processInstanceId", drill.getId());
  }
}
