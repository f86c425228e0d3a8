package com.yuanjing.itsm.capacity;

import com.yuanjing.itsm.identity.SystemActions;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts capacity management for a new capacity alert of a known service (capacity-alert.dmn decides what a
 * capacity alert is). Runs inside the alert intake's transaction: the stored alert and the started case are
 * committed together, and the start event's save point keeps the rest of the case out of it. Other alerts
 * (a service down, unmapped alerts) are left to whoever else listens.
 */
@Component
public class CapacityAlertListener {

  private static final Logger LOG = LoggerFactory.getLogger(CapacityAlertListener.class);

  private final CapacityAlertClassifier classifier;
  private final CapacityService capacity;
  private final ProcessEngine engine;

  public CapacityAlertListener(CapacityAlertClassifier classifier, CapacityService capacity, ProcessEngine engine) {
    this.classifier = classifier;
    this.capacity = capacity;
    this.engine = engine;
  }

  @EventListener
  public void alertFired(AlertFired event) {
    MonitoringAlert alert = event.alert();
    if (alert.serviceId() == null) {
      return;
    }
    // the case is the suite's own work, not the sender's: Alertmanager's user need not be allowed to start it
    SystemActions.run(engine, () -> {
      classifier.classify(alert).ifPresent(type -> LOG.info("Capacity alert {} ({}) on {}: case {}",
          alert.alertName(), type, alert.serviceId(), capacity.startFromAlert(alert, type)));
      return null;
    });
  }
}
