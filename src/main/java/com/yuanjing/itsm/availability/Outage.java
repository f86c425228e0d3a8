package com.yuanjing.itsm.availability;

import java.time.Instant;

/**
 * A service outage (服务中断) as recorded in {@code itsm_outage}.
 *
 * @param endedAt when the service was restored; null while the outage is ongoing
 * @param planned registered as planned maintenance under the change {@code changeKey}; false when the change
 *     did not approve it
 * @param plannedFrom start of the part 核对维护变更 confirmed inside the change's window; null until confirmed
 * @param plannedTo end of that part
 * @param sourceKey the incident's business key or the alert's id; null for MANUAL
 * @param problemKey the problem opened or linked by the review, if any
 * @param outageKey the business key (OUT-…) of the process that recorded it; null for older records
 */
public record Outage(long id, String serviceId, Instant startedAt, Instant endedAt, String cause, boolean planned,
    String changeKey, OutageSource source, String sourceKey, String rootCause, String problemKey, String recordedBy,
    Instant recordedAt, String outageKey, Instant plannedFrom, Instant plannedTo) {

  /** The outage as the availability arithmetic sees it: only the confirmed planned part is left out. */
  public AvailabilityCalculator.Outage interval() {
    return new AvailabilityCalculator.Outage(startedAt, endedAt, plannedFrom, plannedTo);
  }
}
