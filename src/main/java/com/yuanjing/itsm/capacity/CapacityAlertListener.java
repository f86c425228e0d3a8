package com.yuanjing.itsm.capacity;

import com.yuanjing.itsm.identity.SystemActions;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts capacity management for a new capacity alert of a known service (capacity-alert.dmn decides what a
 * capacity alert is). Runs after the alert intake's commit, in a transaction of its own
 * ({@link AlertIntake#react}): the alert is stored whatever happens here, and a start that fails is retried
 * once when it met a concurrent change, else reported to ops-managers. The start event's save point keeps the
 * rest of the case out of this transaction. Other alerts (a service down, unmapped alerts) are left to whoever
 * else listens.
 */
@Component
public class CapacityAlertListener {

  /** The reaction as ops-managers read it in a notice. */
  static final String REACTION = "启动容量管理";

  private static final Logger LOG = LoggerFactory.getLogger(CapacityAlertListener.class);

  private final CapacityAlertClassifier classifier;
  private final CapacityService capacity;
  private final ProcessEngine engine;
  private final AlertIntake intake;

  public CapacityAlertListener(CapacityAlertClassifier classifier, CapacityService capacity, ProcessEngine engine,
      AlertIntake intake) {
    this.classifier = classifier;
    this.capacity = capacity;
    this.engine = engine;
    this.intake = intake;
  }

  @EventListener
  public void alertFired(AlertFired event) {
    MonitoringAlert alert = event.alert();
    if (alert.serviceId() == null) {
      return;
    }
    // the case is the suite's own work, not the sender's: Alertmanager's user need not be allowed to start it
    intake.react(alert, REACTION, () -> SystemActions.run(engine, () -> {
      classifier.classify(alert).ifPresent(type -> LOG.info("Capacity alert {} ({}) on {}: case {}",
          alert.alertName(), type, alert.serviceId(), capacity.startFromAlert(alert, type)));
      return null;
    }));
  }
}
