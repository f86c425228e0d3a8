package com.yuanjing.itsm.configuration;

import static com.yuanjing.itsm.configuration.ConfigurationProcess.Variables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Gives each verification task (one per item, {@code itemId} its element variable) the item's revision
 * and summary, and its own empty result fields: parallel verifiers then neither see nor overwrite each
 * other's results, which a completion would otherwise write into the audit's shared variables.
 */
@Component("prepareVerificationListener")
public class PrepareVerificationListener implements ExecutionListener {

  static final List<String> RESULT_FIELDS =
      List.of(VERIFICATION_RESULT, FINDING, CORRECTED_VERSION, CORRECTED_LOCATION, CORRECTED_DESCRIPTION);

  @Override
  public void notify(DelegateExecution execution) {
    AuditSubject subject = ConfigurationAuditSubjects.find((byte[]) execution.getVariable(AUDIT_SUBJECTS),
        ((Number) execution.getVariable(ITEM_ID)).longValue());
    execution.setVariableLocal(ITEM_REVISION, subject.revision());
    execution.setVariableLocal(ITEM_SUMMARY, subject.summary());
    RESULT_FIELDS.forEach(field -> execution.setVariableLocal(field, null));
  }
}
