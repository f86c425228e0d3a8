package com.yuanjing.itsm.change;

import static com.yuanjing.itsm.change.ChangeProcess.Elements.*;
import static com.yuanjing.itsm.change.ChangeProcess.Variables.*;

import com.yuanjing.itsm.validation.ClearChoicesListener;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The change's decision tasks that can come round again start without the earlier decision. */
@Component("clearChangeChoicesListener")
public class ClearChangeChoicesListener extends ClearChoicesListener {

  @Override
  protected Map<String, List<String>> choicesByTask() {
    return Map.of(
        TASK_RESOLVE_WINDOW_CONFLICT, List.of(CONFLICT_RESOLUTION, EXCEPTION_REASON),
        TASK_DECIDE_WINDOW_EXCEPTION, List.of(EXCEPTION_DECISION, APPROVAL_COMMENT),
        TASK_APPROVE_EMERGENCY_CHANGE, List.of(EMERGENCY_DECISION, APPROVAL_COMMENT));
  }
}
