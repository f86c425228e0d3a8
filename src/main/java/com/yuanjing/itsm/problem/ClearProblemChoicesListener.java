package com.yuanjing.itsm.problem;

import static com.yuanjing.itsm.problem.ProblemProcess.Elements.*;
import static com.yuanjing.itsm.problem.ProblemProcess.Variables.*;

import com.yuanjing.itsm.validation.ClearChoicesListener;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Planning and risk decisions that come round again start without the earlier decision. */
@Component("clearProblemChoicesListener")
public class ClearProblemChoicesListener extends ClearChoicesListener {

  @Override
  protected Map<String, List<String>> choicesByTask() {
    return Map.of(
        TASK_PLAN_RESOLUTION, List.of(RESOLUTION_PLAN),
        TASK_ACCEPT_RISK, List.of(RISK_DECISION, RISK_ACCEPTANCE_REASON));
  }
}
