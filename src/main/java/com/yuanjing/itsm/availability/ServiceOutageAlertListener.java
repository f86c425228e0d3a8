package com.yuanjing.itsm.availability;

import com.yuanjing.itsm.capacity.AlertFired;
import com.yuanjing.itsm.capacity.AlertIntake;
import com.yuanjing.itsm.capacity.AlertResolved;
import com.yuanjing.itsm.capacity.MonitoringAlert;
import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Monitoring alerts as outage reports, after the intake's commit, each in a transaction of its own
 * ({@link AlertIntake#react}: a concurrent change is retried once, a failure is reported to ops-managers and
 * the alert stays stored): a new firing alert of a known service that service-outage-alert.dmn judges an
 * outage opens one (source ALERT, the alert's id) or joins the ongoing one of the service; the end of that
 * alert restores the outage it opened. Alerts without a service are ignored.
 */
@Component
public class ServiceOutageAlertListener {

  /** The reactions as ops-managers read them in a notice. */
  static final String REPORT = "登记服务中断";
  static final String RESTORE = "登记服务恢复";

  private final OutageAlertRule rule;
  private final OutageReports outages;
  private final AlertIntake intake;

  public ServiceOutageAlertListener(OutageAlertRule rule, OutageReports outages, AlertIntake intake) {
    this.rule = rule;
    this.outages = outages;
    this.intake = intake;
  }

  @EventListener
  public void fired(AlertFired event) {
    MonitoringAlert alert = event.alert();
    if (alert.serviceId() == null) {
      return;
    }
    intake.react(alert, REPORT, () -> {
      if (!rule.serviceUnavailable(alert)) {
        return;
      }
      Instant now = ClockUtil.getCurrentTime().toInstant();
      Instant start = alert.startsAt() == null || alert.startsAt().isAfter(now) ? now : alert.startsAt();
      outages.report(new OutageReports.Report(alert.serviceId(), start, "监控告警 " + alert.alertName() + "（告警 "
          + alert.id() + "）", OutageSource.ALERT, String.valueOf(alert.id()), AvailabilityProcess.ALERT_RECORDER));
    });
  }

  @EventListener
  public void resolved(AlertResolved event) {
    MonitoringAlert alert = event.alert();
    if (alert.serviceId() == null) {
      return;
    }
    intake.react(alert, RESTORE, () -> outages.restored(OutageSource.ALERT, String.valueOf(alert.id()),
        alert.endsAt() != null ? alert.endsAt() : ClockUtil.getCurrentTime().toInstant()));
  }
}
