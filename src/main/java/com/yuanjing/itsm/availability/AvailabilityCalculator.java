package com.yuanjing.itsm.availability;

import com.yuanjing.itsm.sla.BusinessCalendar;
import com.yuanjing.itsm.sla.SupportHours;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The availability arithmetic of one service over one period [from, to), without engine or database.
 *
 * <p>关键服务可用率 = (agreed service time − unavailable time within agreed service time) / agreed service time.
 * Agreed service time is the service's {@code serviceHours}: ALWAYS (7×24, plain elapsed time) or
 * BUSINESS_HOURS (working hours of working days of the {@link BusinessCalendar}). Every outage is clipped
 * to the period, so one spanning a month boundary is split between the months; an ongoing outage (no end)
 * lasts until {@code to} or {@code now}, whichever is earlier. Only the confirmed planned part of an outage
 * (inside the window of its approved change, as 核对维护变更 confirmed it) is dropped: an outage registered as
 * planned but not (yet) confirmed counts in full, and one that overran its window counts outside it. The
 * remaining parts are merged where they overlap, so that time is never counted twice, and only their time
 * within agreed service time is unavailable.
 *
 * <p>The outage count (服务中断事件数量) of a period is the number of outages that <em>start</em> in it and are
 * not wholly confirmed planned (an overrun counts): an outage spanning a month boundary counts once, in the
 * month it began.
 */
public final class AvailabilityCalculator {

  /**
   * One outage as the arithmetic sees it; {@code end} null while it is ongoing; [{@code plannedFrom},
   * {@code plannedTo}) the confirmed planned part (both null when there is none).
   */
  public record Outage(Instant start, Instant end, Instant plannedFrom, Instant plannedTo) {
    public Outage {
      Objects.requireNonNull(start, "start");
      if ((plannedFrom == null) != (plannedTo == null)) {
        throw new IllegalArgumentException("A planned part needs both its start and its end");
      }
    }

    /** An outage confirmed planned as a whole ({@code planned} true) or not planned at all. */
    public Outage(Instant start, Instant end, boolean planned) {
      this(start, end, planned ? start : null, planned ? (end == null ? Instant.MAX : end) : null);
    }

    /** The unplanned parts of [start, end), in order. */
    List<Instant[]> unplannedParts(Instant end) {
      List<Instant[]> parts = new ArrayList<>();
      if (plannedFrom == null || !plannedFrom.isBefore(end) || !plannedTo.isAfter(start)) {
        parts.add(new Instant[] {start, end});
      } else {
        parts.add(new Instant[] {start, earliest(plannedFrom, end)});
        parts.add(new Instant[] {latest(plannedTo, start), end});
      }
      parts.removeIf(part -> !part[0].isBefore(part[1]));
      return parts;
    }
  }

  /**
   * The figures of one service and period.
   *
   * @param availability (agreed − unavailable) / agreed, rounded to four decimals; null when agreed time is 0
   */
  public record Figures(Duration agreedTime, Duration unavailableTime, BigDecimal availability, int outageCount) {

    /** Whether availability reaches {@code target}, compared exactly (not the rounded value); null without availability. */
    public Boolean meets(BigDecimal target) {
      if (availability == null) {
        return null;
      }
      BigDecimal available = BigDecimal.valueOf(agreedTime.minus(unavailableTime).toMillis());
      return available.compareTo(target.multiply(BigDecimal.valueOf(agreedTime.toMillis()))) >= 0;
    }
  }

  private final BusinessCalendar calendar;

  public AvailabilityCalculator(BusinessCalendar calendar) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
  }

  public Figures calculate(SupportHours serviceHours, Instant from, Instant to, List<Outage> outages, Instant now) {
    Objects.requireNonNull(serviceHours, "serviceHours");
    Objects.requireNonNull(now, "now");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("Period end " + to + " is before its start " + from);
    }
    Duration agreed = calendar.workingTimeBetween(from, to, serviceHours);
    Duration unavailable = Duration.ZERO;
    for (Instant[] interval : merged(unplannedWithin(from, to, outages, now))) {
      unavailable = unavailable.plus(calendar.workingTimeBetween(interval[0], interval[1], serviceHours));
    }
    int count = (int) outages.stream()
        .filter(o -> !o.start().isBefore(from) && o.start().isBefore(to))
        .filter(o -> !o.unplannedParts(o.end() != null ? o.end() : latest(o.start(), now)).isEmpty()
            || o.plannedFrom() == null)
        .count();
    BigDecimal availability = agreed.isZero() ? null
        : BigDecimal.valueOf(agreed.minus(unavailable).toMillis())
            .divide(BigDecimal.valueOf(agreed.toMillis()), 4, RoundingMode.HALF_UP);
    return new Figures(agreed, unavailable, availability, count);
  }

  /**
   * The unplanned parts of the outages clipped to [from, to), ongoing ones until min(to, now); empty
   * intervals dropped.
   */
  private static List<Instant[]> unplannedWithin(Instant from, Instant to, List<Outage> outages, Instant now) {
    List<Instant[]> intervals = new ArrayList<>();
    for (Outage outage : outages) {
      Instant end = outage.end() != null ? outage.end() : earliest(to, now);
      for (Instant[] part : outage.unplannedParts(latest(end, outage.start()))) {
        Instant start = latest(part[0], from);
        Instant partEnd = earliest(part[1], to);
        if (start.isBefore(partEnd)) {
          intervals.add(new Instant[] {start, partEnd});
        }
      }
    }
    return intervals;
  }

  /** Overlapping or touching intervals joined, in order of start. */
  private static List<Instant[]> merged(List<Instant[]> intervals) {
    intervals.sort(Comparator.comparing(interval -> interval[0]));
    List<Instant[]> merged = new ArrayList<>();
    for (Instant[] interval : intervals) {
      Instant[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && !interval[0].isAfter(last[1])) {
        last[1] = latest(last[1], interval[1]);
      } else {
        merged.add(interval.clone());
      }
    }
    return merged;
  }

  private static Instant latest(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant earliest(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
