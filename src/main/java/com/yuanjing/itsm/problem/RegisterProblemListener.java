package com.yuanjing.itsm.problem;

import static com.yuanjing.itsm.problem.ProblemProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Runs in the transaction that raises the problem (before the start events' save point), so an invalid
 * report is refused with its message and no instance is left behind.
 */
@Component("registerProblemListener")
public class RegisterProblemListener implements ExecutionListener {

  private final ProblemService problems;

  public RegisterProblemListener(ProblemService problems) {
    this.problems = problems;
  }

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariables(problems.registration(execution.getVariables()));
    execution.setVariable(RAISED_AT, ClockUtil.getCurrentTime());
    execution.setProcessBusinessKey(problems.nextBusinessKey());
    execution.setVariable(PROBLEM_NUMBER, execution.getProcessBusinessKey());
  }
}
