package com.yuanjing.itsm.servicelevel;

import static com.yuanjing.itsm.servicelevel.ServiceLevelProcess.Elements.*;
import static com.yuanjing.itsm.servicelevel.ServiceLevelProcess.Variables.*;

import com.yuanjing.itsm.validation.ClearChoicesListener;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Each round of evaluation starts without the earlier decision. */
@Component("clearServiceLevelChoicesListener")
public class ClearServiceLevelChoicesListener extends ClearChoicesListener {

  @Override
  protected Map<String, List<String>> choicesByTask() {
    return Map.of(TASK_EVALUATE_BY_QUALITY, List.of(QUALITY_DECISION),
        TASK_EVALUATE_BY_OPERATIONS, List.of(OPERATIONS_DECISION));
  }
}
