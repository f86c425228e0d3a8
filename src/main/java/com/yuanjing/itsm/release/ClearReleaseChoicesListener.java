package com.yuanjing.itsm.release;

import static com.yuanjing.itsm.release.ReleaseProcess.Elements.TASK_COMPLETE_EVIDENCE;
import static com.yuanjing.itsm.release.ReleaseProcess.Variables.EVIDENCE_DECISION;

import com.yuanjing.itsm.validation.ClearChoicesListener;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Each round of 补充发布证据 starts without the earlier decision. */
@Component("clearReleaseChoicesListener")
public class ClearReleaseChoicesListener extends ClearChoicesListener {

  @Override
  protected Map<String, List<String>> choicesByTask() {
    return Map.of(TASK_COMPLETE_EVIDENCE, List.of(EVIDENCE_DECISION));
  }
}
