package com.yuanjing.itsm.servicelevel;

import static com.yuanjing.itsm.servicelevel.ServiceLevelProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** A declined new service gives up the id it reserved; the need and its evaluation stay in history. */
@Component("releaseServiceDraftListener")
public class ReleaseServiceDraftListener implements ExecutionListener {

  private final ServiceCatalogue catalogue;

  public ReleaseServiceDraftListener(ServiceCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (ServiceLevelProcess.NeedType.NEW.equals(execution.getVariable(NEED_TYPE))) {
      catalogue.releaseDraft((String) execution.getVariable(SERVICE_ID), execution.getProcessBusinessKey());
    }
  }
}
