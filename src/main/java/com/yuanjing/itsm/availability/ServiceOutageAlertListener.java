package com.yuanjing.itsm.availability;

import com.yuanjing.itsm.capacity.AlertFired;
import com.yuanjing.itsm.capacity.AlertResolved;
import com.yuanjing.itsm.capacity.MonitoringAlert;
import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Monitoring alerts as outage reports, inside the intake's transaction: a new firing alert of a known service
 * that service-outage-alert.dmn judges an outage opens one (source ALERT, the alert's id) or joins the
 * ongoing one of the service; the end of that alert restores the outage it opened. Alerts without a service
 * are ignored.
 */
@Component
public class ServiceOutageAlertListener {

  private final OutageAlertRule rule;
  private final OutageReports outages;

  public ServiceOutageAlertListener(OutageAlertRule rule, OutageReports outages) {
    this.rule = rule;
    this.outages = outages;
  }

  @EventListener
  public void fired(AlertFired event) {
    MonitoringAlert alert = event.alert();
    if (alert.serviceId() == null || !rule.serviceUnavailable(alert)) {
      return;
    }
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Instant start = alert.startsAt() == null || alert.startsAt().isAfter(now) ? now : alert.startsAt();
    outages.report(new OutageReports.Report(alert.serviceId(), start, "监控告警 " + alert.alertName() + "（告警 "
        + alert.id() + "）", OutageSource.ALERT, String.valueOf(alert.id()), AvailabilityProcess.ALERT_RECORDER));
  }

  @EventListener
  public void resolved(AlertResolved event) {
    MonitoringAlert alert = event.alert();
    if (alert.serviceId() == null) {
      return;
    }
    outages.restored(OutageSource.ALERT, String.valueOf(alert.id()),
        alert.endsAt() != null ? alert.endsAt() : ClockUtil.getCurrentTime().toInstant());
  }
}
