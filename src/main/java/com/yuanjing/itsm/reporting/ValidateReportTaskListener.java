package com.yuanjing.itsm.reporting;

import static com.yuanjing.itsm.reporting.ServiceReportingProcess.Elements.*;
import static com.yuanjing.itsm.reporting.ServiceReportingProcess.Variables.*;

import com.yuanjing.itsm.identity.SystemActions;
import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.TaskFormListener;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The server-side check of every report task form. Records who drafted, reviewed and submitted, the review's
 * verdict, why a draft came back, and the submission time with its on-time flag (the KPI facts).
 */
@Component("validateReportTaskListener")
public class ValidateReportTaskListener extends TaskFormListener {

  private final ReportTaskFormValidator validator;

  public ValidateReportTaskListener(ReportTaskFormValidator validator) {
    this.validator = validator;
  }

  @Override
  protected Map<String, Object> values(DelegateExecution execution) {
    Map<String, Object> values = new HashMap<>(execution.getVariables());
    values.put(DRAFTED_BY, drafters(execution));
    return values;
  }

  @Override
  @SuppressWarnings("unchecked")
  protected List<FieldError> check(String taskId, Map<String, Object> values, String user) {
    return validator.validate(taskId, values, user, (List<String>) values.get(DRAFTED_BY));
  }

  @Override
  protected void accepted(DelegateExecution execution) {
    DelegateExecution instance = execution.getProcessInstance();
    Authentication authentication =
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String user = authentication == null ? null : authentication.getUserId();
    switch (execution.getCurrentActivityId()) {
      case TASK_DRAFT_REPORT -> instance.setVariable(DRAFTED_BY, user);
      case TASK_REVIEW_REPORT_QUALITY -> {
        boolean passed = ReportTaskFormValidator.passed(execution.getVariables());
        instance.setVariable(REVIEW_PASSED, passed);
        instance.setVariable(REVIEWED_BY, user);
        if (!passed) {
          instance.setVariable(REVISION_REASON, "质量评审未通过：" + execution.getVariable(REVIEW_COMMENT));
        }
      }
      case TASK_APPROVE_REPORT -> {
        if ("REVISE".equals(execution.getVariable(APPROVAL_DECISION))) {
          instance.setVariable(REVISION_REASON, "审批退回：" + execution.getVariable(APPROVAL_COMMENT));
        }
      }
      case TASK_SUBMIT_REPORT -> {
        Date submittedAt = ClockUtil.getCurrentTime();
        instance.setVariable(SUBMITTED_BY, user);
        instance.setVariable(SUBMITTED_AT, submittedAt);
        instance.setVariable(SUBMITTED_ON_TIME, !submittedAt.after((Date) execution.getVariable(DUE_AT)));
      }
      default -> throw new IllegalStateException("No form check for task " + execution.getCurrentActivityId());
    }
  }

  /** Who drafted the report: the assignees of its drafting tasks as history recorded them. */
  private static List<String> drafters(DelegateExecution execution) {
    return SystemActions.run(() -> execution.getProcessEngineServices().getHistoryService()
        .createHistoricTaskInstanceQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(TASK_DRAFT_REPORT).list().stream()
        .map(HistoricTaskInstance::getAssignee).filter(Objects::nonNull).distinct().toList());
  }
}
