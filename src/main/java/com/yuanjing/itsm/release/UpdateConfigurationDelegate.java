package com.yuanjing.itsm.release;

import static com.yuanjing.itsm.release.ReleaseProcess.Variables.*;

import com.yuanjing.itsm.configuration.ConfigurationItemService;
import com.yuanjing.itsm.configuration.DefinitiveSoftwareLibrary;
import com.yuanjing.itsm.configuration.SoftwarePackage;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A verified release updates the configuration records of its applications (version, servers, time,
 * release) and files its package in the definitive software library. Both stores ignore a repeated
 * write of the same release, so a retried job changes nothing twice.
 */
@Component("updateConfigurationDelegate")
public class UpdateConfigurationDelegate implements JavaDelegate {

  private final ConfigurationItemService configurationItems;
  private final DefinitiveSoftwareLibrary softwareLibrary;

  public UpdateConfigurationDelegate(ConfigurationItemService configurationItems,
      DefinitiveSoftwareLibrary softwareLibrary) {
    this.configurationItems = configurationItems;
    this.softwareLibrary = softwareLibrary;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String releaseKey = execution.getProcessBusinessKey();
    // taken when the smoke test passed, before the save point: a retried job keeps the real time
    Instant deployedAt = ((Date) execution.getVariable(DEPLOYED_AT)).toInstant();
    String recordedBy = (String) execution.getVariable(REQUESTED_BY);
    String applications = (String) execution.getVariable(APPLICATIONS);
    for (String application : applications.split(",")) {
      String[] nameAndVersion = application.split(":");
      configurationItems.recordDeployment(releaseKey, (String) execution.getVariable(SERVICE_ID),
          nameAndVersion[0].trim(), nameAndVersion[1].trim(), (String) execution.getVariable(DEPLOYED_ON), deployedAt,
          recordedBy);
    }
    softwareLibrary.record(new SoftwarePackage(releaseKey, (String) execution.getVariable(PACKAGE_NAME),
        applications.replaceAll("\\s", ""), (String) execution.getVariable(PACKAGE_CHECKSUM),
        (String) execution.getVariable(PACKAGE_LOCATION), deployedAt, recordedBy));
  }
}
