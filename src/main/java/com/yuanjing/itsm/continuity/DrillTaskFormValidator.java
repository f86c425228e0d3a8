package com.yuanjing.itsm.continuity;

import static com.yuanjing.itsm.continuity.ContinuityDrillProcess.Elements.*;
import static com.yuanjing.itsm.continuity.ContinuityDrillProcess.Variables.*;

import com.yuanjing.itsm.change.PlannedTimes;
import com.yuanjing.itsm.kpi.ReportingPeriod;
import com.yuanjing.itsm.validation.FieldChecks;
import com.yuanjing.itsm.validation.FieldError;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The server-side checks of the drill's task forms; Tasklist's own checks can be bypassed over REST. */
@Component
public class DrillTaskFormValidator {

  private final PlannedTimes times;

  public DrillTaskFormValidator(PlannedTimes times) {
    this.times = times;
  }

  public List<FieldError> validate(String taskId, Map<String, Object> values, Instant now, LocalDate today) {
    List<FieldError> errors = new ArrayList<>();
    switch (taskId) {
      case TASK_PLAN_DRILL -> {
        List<FieldError> time = times.validateOne(values, PLANNED_AT, "演练时间");
        errors.addAll(time);
        if (time.isEmpty() && !times.toDate(values.get(PLANNED_AT)).toInstant().isAfter(now)) {
          errors.add(new FieldError(PLANNED_AT, "演练时间", "必须晚于当前时间"));
        }
        errors.addAll(new FieldChecks(values).text(SCENARIO, "演练场景", true, 2000)
            .text(PARTICIPANTS, "参演人员", true, 1000).errors());
      }
      case TASK_EXECUTE_DRILL -> {
        List<FieldError> start = times.validateOne(values, STARTED_AT, "实际开始时间");
        List<FieldError> end = times.validateOne(values, ENDED_AT, "实际结束时间");
        errors.addAll(start);
        errors.addAll(end);
        if (start.isEmpty() && values.get(PLANNED_AT) != null && beijingDate(times.toDate(values.get(STARTED_AT)))
            .isBefore(beijingDate(times.toDate(values.get(PLANNED_AT))))) {
          errors.add(new FieldError(STARTED_AT, "实际开始时间", "不能早于计划演练日期"));
        }
        if (end.isEmpty()) {
          Instant endedAt = times.toDate(values.get(ENDED_AT)).toInstant();
          if (endedAt.isAfter(now)) {
            errors.add(new FieldError(ENDED_AT, "实际结束时间", "不能晚于当前时间"));
          } else if (start.isEmpty() && !endedAt.isAfter(times.toDate(values.get(STARTED_AT)).toInstant())) {
            errors.add(new FieldError(ENDED_AT, "实际结束时间", "必须晚于实际开始时间"));
          }
        }
        minutes(values, RTO_ACHIEVED_MINUTES, "实际恢复时间（RTO，分钟）", errors);
        minutes(values, RPO_ACHIEVED_MINUTES, "实际数据丢失（RPO，分钟）", errors);
        boolean failed = Boolean.TRUE.equals(values.get(FAILED_FOR_FINDINGS));
        errors.addAll(new FieldChecks(values).optionalBoolean(FAILED_FOR_FINDINGS, "因发现问题判定不通过")
            .text(FINDINGS, "演练发现", failed, 4000).errors());
      }
      case TASK_PLAN_IMPROVEMENTS -> {
        for (int number = 1; number <= MAX_ACTIONS; number++) {
          checkAction(values, number, today, errors);
        }
      }
      default -> throw new IllegalArgumentException("No form checks for task " + taskId);
    }
    return errors;
  }

  private static LocalDate beijingDate(java.util.Date time) {
    return time.toInstant().atZone(ReportingPeriod.ZONE).toLocalDate();
  }

  /** The actions filled in, in order; call after validating. */
  static List<ImprovementAction> actions(Map<String, Object> values) {
    List<ImprovementAction> actions = new ArrayList<>();
    for (int number = 1; number <= MAX_ACTIONS; number++) {
      if (!isBlank(values.get(action(number)))) {
        actions.add(new ImprovementAction(number, values.get(action(number)).toString().strip(),
            values.get(actionOwner(number)).toString().strip(),
            LocalDate.parse(values.get(actionDueDate(number)).toString().strip())));
      }
    }
    return actions;
  }

  /** An integral number of minutes, as forms (Long, sometimes Double) and JSON (Integer) send it. */
  static Integer toMinutes(Object value) {
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return Math.toIntExact(((Number) value).longValue());
    }
    if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < Integer.MAX_VALUE) {
      return d.intValue();
    }
    return null;
  }

  private static void minutes(Map<String, Object> values, String field, String label, List<FieldError> errors) {
    Object value = values.get(field);
    if (value == null || (value instanceof String s && s.isBlank())) {
      errors.add(new FieldError(field, label, "不能为空"));
      return;
    }
    Integer minutes = toMinutes(value);
    if (minutes == null) {
      errors.add(new FieldError(field, label, "必须是整数分钟数"));
    } else if (minutes < 0 || minutes > ContinuityPlans.MAX_MINUTES) {
      errors.add(new FieldError(field, label, "必须在 0 到 " + ContinuityPlans.MAX_MINUTES + " 分钟之间"));
    }
  }

  private static void checkAction(Map<String, Object> values, int number, LocalDate today,
      List<FieldError> errors) {
    boolean any = !isBlank(values.get(action(number))) || !isBlank(values.get(actionOwner(number)))
        || !isBlank(values.get(actionDueDate(number)));
    if (number > 1 && !any) {
      return; // the second and third actions are optional, but complete when given
    }
    String suffix = number == 1 ? "" : number == 2 ? "（二）" : "（三）";
    errors.addAll(new FieldChecks(values).text(action(number), "改进措施" + suffix, true, 2000)
        .text(actionOwner(number), "责任人" + suffix, true, 64).errors());
    Object due = values.get(actionDueDate(number));
    String label = "完成期限" + suffix;
    if (isBlank(due)) {
      errors.add(new FieldError(actionDueDate(number), label, "不能为空"));
      return;
    }
    try {
      if (!LocalDate.parse(due.toString().strip()).isAfter(today)) {
        errors.add(new FieldError(actionDueDate(number), label, "必须晚于今天"));
      }
    } catch (DateTimeParseException notADate) {
      errors.add(new FieldError(actionDueDate(number), label, "不是有效的日期，例如 2026-12-31"));
    }
  }

  private static boolean isBlank(Object value) {
    return value == null || (value instanceof String s && s.isBlank());
  }
}
