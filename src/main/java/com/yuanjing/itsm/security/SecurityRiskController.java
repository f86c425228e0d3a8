package com.yuanjing.itsm.security;

import com.yuanjing.itsm.identity.CurrentUser;
import com.yuanjing.itsm.identity.ItsmGroup;
import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The risk register of a year, and an assessment started by hand (besides the yearly timer). */
@RestController
public class SecurityRiskController {

  static final String REGISTER_READERS_ONLY = "只有信息安全员、运维管理部、质量效能部、审计员和系统管理员可以查看风险登记表";
  static final String STARTERS_ONLY = "只有信息安全员和运维管理部可以发起风险评估";

  private final SecurityRiskRegister register;
  private final RuntimeService runtimeService;
  private final CurrentUser currentUser;

  public SecurityRiskController(SecurityRiskRegister register, RuntimeService runtimeService, CurrentUser currentUser) {
    this.register = register;
    this.runtimeService = runtimeService;
    this.currentUser = currentUser;
  }

  public record StartedAssessment(String businessKey, String processInstanceId) {}

  @GetMapping("/api/security-risks")
  public List<SecurityRisk> risks(@RequestParam(required = false) String year) {
    currentUser.requireMemberOf(REGISTER_READERS_ONLY, ItsmGroup.SECURITY_OFFICERS, ItsmGroup.OPS_MANAGERS,
        ItsmGroup.QUALITY, ItsmGroup.AUDITORS, ItsmGroup.CAMUNDA_ADMIN);
    return register.ofYear(year(year));
  }

  /** Starts an assessment of the year given ({@code {"year": 2026}}), or of the current year. */
  @PostMapping("/api/security-risk-assessments")
  @ResponseStatus(HttpStatus.CREATED)
  public StartedAssessment start(@RequestBody(required = false) Map<String, Object> request) {
    currentUser.requireMemberOf(STARTERS_ONLY, ItsmGroup.SECURITY_OFFICERS, ItsmGroup.OPS_MANAGERS);
    MessageCorrelationBuilder correlation =
        runtimeService.createMessageCorrelation(SecurityRiskAssessmentProcess.MESSAGE_ASSESSMENT_REQUESTED);
    if (request != null && request.get("year") != null) {
      correlation.setVariable(SecurityRiskAssessmentProcess.Variables.ASSESSMENT_YEAR,
          year(String.valueOf(request.get("year"))));
    }
    ProcessInstance instance = correlation.correlateStartMessage();
    return new StartedAssessment(instance.getBusinessKey(), instance.getId());
  }

  private static int year(String text) {
    if (text == null || !text.strip().matches("20\\d{2}")) {
      throw new InvalidInputException("年度有误", List.of(new FieldError("year", "年度",
          "请填写年份，例如 2026")));
    }
    return Integer.parseInt(text.strip());
  }
}
