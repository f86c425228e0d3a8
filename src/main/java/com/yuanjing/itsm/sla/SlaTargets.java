package com.yuanjing.itsm.sla;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * Response and resolution targets of one SLA, as decided by sla-targets.dmn, on the clock of the service's
 * support hours from the service catalogue.
 */
public record SlaTargets(Duration response, Duration resolution, SupportHours supportHours) {

  /**
   * Reads the DMN outputs and the service's support hours; a process owner's typo in the table fails loudly
   * here, naming the value.
   */
  public static SlaTargets parse(String response, String resolution, String supportHours) {
    return new SlaTargets(duration("responseTarget", response), duration("resolutionTarget", resolution),
        SupportHours.fromCode(supportHours));
  }

  private static Duration duration(String output, String value) {
    if (value != null && value.contains("D")) {
      // Duration.parse reads P1D as 24 hours, which on business hours would be almost three working days
      throw new IllegalArgumentException("sla-targets.dmn output " + output
          + " must be given in hours and minutes (PT27H is three 9-hour working days), was " + value);
    }
    try {
      Duration duration = Duration.parse(value);
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException("sla-targets.dmn output " + output + " must be positive, was " + value);
      }
      return duration;
    } catch (DateTimeParseException | NullPointerException e) {
      throw new IllegalArgumentException(
          "sla-targets.dmn output " + output + " is not an ISO-8601 duration such as PT4H: " + value, e);
    }
  }
}
