package com.yuanjing.itsm.change;

import static com.yuanjing.itsm.change.ChangeProcess.Variables.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Is the planned time inside the service's maintenance window and outside every change freeze? */
@Component("checkChangeWindowDelegate")
public class CheckChangeWindowDelegate implements JavaDelegate {

  private final ChangeWindowService windows;

  public CheckChangeWindowDelegate(ChangeWindowService windows) {
    this.windows = windows;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ChangeWindowService.WindowCheck check = windows.check((String) execution.getVariable(SERVICE_ID),
        ((Date) execution.getVariable(PLANNED_START)).toInstant(), ((Date) execution.getVariable(PLANNED_END)).toInstant());
    execution.setVariable(WINDOW_CONFLICT, !check.allowed());
    execution.setVariable(WINDOW_CONFLICT_REASONS, check.summary());
  }
}
