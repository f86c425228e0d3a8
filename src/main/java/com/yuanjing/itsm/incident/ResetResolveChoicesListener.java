package com.yuanjing.itsm.incident;

import static com.yuanjing.itsm.incident.IncidentProcess.Elements.TASK_RESOLVE_INCIDENT;
import static com.yuanjing.itsm.incident.IncidentProcess.Variables.*;

import com.yuanjing.itsm.validation.ClearChoicesListener;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Each round of 诊断并解决 starts without last round's outcome. */
@Component("resetResolveChoicesListener")
public class ResetResolveChoicesListener extends ClearChoicesListener {

  static final List<String> CHOICES = List.of(RESOLVE_OUTCOME, REASSIGN_GROUP, REASSIGN_TO);

  @Override
  protected Map<String, List<String>> choicesByTask() {
    return Map.of(TASK_RESOLVE_INCIDENT, CHOICES);
  }
}
