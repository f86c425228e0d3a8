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

    /**
     * Whether this outage counts as an interruption (服务中断事件) of [from, to): it started in the period and is
     * not wholly confirmed planned maintenance (an overrun counts).
     */
    public boolean interrupts(Instant from, Instant to, Instant now) {
      return !start.isBefore(from) && start.isBefore(to)
          && (plannedFrom == null || !unplannedParts(end != null ? end : latest(start, now)).isEmpty());
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
    Duration unavailable = unavailablePerOutage(serviceHours, from, to, outages, now).stream()
        .reduce(Duration.ZERO, Duration::plus);
    int count = (int) outages.stream().filter(outage -> outage.interrupts(from, to, now)).count();
    BigDecimal availability = agreed.isZero() ? null
        : BigDecimal.valueOf(agreed.minus(unavailable).toMillis())
            .divide(BigDecimal.valueOf(agreed.toMillis()), 4, RoundingMode.HALF_UP);
    return new Figures(agreed, unavailable, availability, count);
  }

  /**
   * The unavailable time each outage adds, in the order given (by start): its unplanned time within [from, to)
   * and within agreed service time that no outage before it already made unavailable. So overlapping outages
   * count their common time once, with the first, and the parts add up to the unavailable time.
   */
  public List<Duration> unavailablePerOutage(SupportHours serviceHours, Instant from, Instant to,
      List<Outage> outages, Instant now) {
    List<Duration> added = new ArrayList<>();
    List<Instant[]> covered = new ArrayList<>();
    for (Outage outage : outages) {
      Duration time = Duration.ZERO;
      for (Instant[] part : unplannedWithin(from, to, outage, now)) {
        for (Instant[] uncovered : minus(part, covered)) {
          time = time.plus(calendar.workingTimeBetween(uncovered[0], uncovered[1], serviceHours));
        }
        covered.add(part);
        covered = merged(covered);
      }
      added.add(time);
    }
    return added;
  }

  /**
   * The unplanned parts of an outage clipped to [from, to), an ongoing one until min(to, now); empty
   * intervals dropped.
   */
  private static List<Instant[]> unplannedWithin(Instant from, Instant to, Outage outage, Instant now) {
    List<Instant[]> intervals = new ArrayList<>();
    Instant end = outage.end() != null ? outage.end() : earliest(to, now);
    for (Instant[] part : outage.unplannedParts(latest(end, outage.start()))) {
      Instant start = latest(part[0], from);
      Instant partEnd = earliest(part[1], to);
      if (start.isBefore(partEnd)) {
        intervals.add(new Instant[] {start, partEnd});
      }
    }
    return intervals;
  }

  /** The parts of {@code interval} outside the merged, ordered {@code covered} intervals. */
  private static List<Instant[]> minus(Instant[] interval, List<Instant[]> covered) {
    List<Instant[]> outside = new ArrayList<>();
    Instant cursor = interval[0];
    for (Instant[] cover : covered) {
      if (cover[0].isAfter(cursor)) {
        outside.add(new Instant[] {cursor, earliest(cover[0], interval[1])});
      }
      cursor = latest(cursor, cover[1]);
      if (!cursor.isBefore(interval[1])) {
        return outside;
      }
    }
    outside.add(new Instant[] {cursor, interval[1]});
    return outside;
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
