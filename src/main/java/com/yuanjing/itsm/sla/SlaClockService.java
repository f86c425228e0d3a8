package com.yuanjing.itsm.sla;

import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Service;

/** The arithmetic of SLA clocks on the business calendar; no engine needed. */
@Service
public class SlaClockService {

  /** Share of a target after which the duty manager is warned. */
  static final double WARNING_SHARE = 0.75;

  private final BusinessCalendar calendar;

  public SlaClockService(BusinessCalendar calendar) {
    this.calendar = calendar;
  }

  public SlaDeadlines deadlines(Instant reportedAt, SlaTargets targets) {
    SupportHours hours = targets.supportHours();
    return new SlaDeadlines(
        calendar.addWorkingTime(reportedAt, warningShare(targets.response()), hours),
        calendar.addWorkingTime(reportedAt, targets.response(), hours),
        calendar.addWorkingTime(reportedAt, warningShare(targets.resolution()), hours),
        calendar.addWorkingTime(reportedAt, targets.resolution(), hours));
  }

  /** The business time a clock stood still between stopping and resuming. */
  public Duration stoppedTime(Instant stoppedAt, Instant resumedAt, SupportHours hours) {
    return calendar.workingTimeBetween(stoppedAt, resumedAt, hours);
  }

  /**
   * Moves a deadline out by the time the clock stood still. Moving (rather than restarting from the
   * remaining time) keeps "elapsed minus paused against the target" exact, also for clocks already breached.
   */
  public Instant moveOut(Instant deadline, Duration stopped, SupportHours hours) {
    return calendar.addWorkingTime(deadline, stopped, hours);
  }

  /** The end of a waiting period counted in working days, such as the customer's time to confirm. */
  public Instant workingDaysAfter(Instant start, int days) {
    return calendar.addWorkingDays(start, days, SupportHours.BUSINESS_HOURS);
  }

  private static Duration warningShare(Duration target) {
    return Duration.ofMillis(Math.round(target.toMillis() * WARNING_SHARE));
  }
}
