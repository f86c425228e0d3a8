package com.yuanjing.itsm.continuity;

import com.yuanjing.itsm.identity.SystemActions;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** Starts a drill on the process's own behalf, in a transaction of its own, from a delegate of another process. */
final class DrillStarter {

  private DrillStarter() {}

  /** The business key of the drill started; throws when the request is refused, leaving nothing behind. */
  static String start(DelegateExecution execution, Map<String, Object> request) {
    ProcessInstance drill = SystemActions.runInOwnTransaction(execution.getProcessEngine(),
        () -> execution.getProcessEngineServices().getRuntimeService()
            .createMessageCorrelation(ContinuityDrillProcess.MESSAGE_DRILL_REQUESTED).setVariables(request)
            .correlateStartMessage());
    return drill.getBusinessKey();
  }
}
