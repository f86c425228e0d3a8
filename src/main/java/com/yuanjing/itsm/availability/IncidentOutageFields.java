package com.yuanjing.itsm.availability;

import static com.yuanjing.itsm.availability.AvailabilityProcess.IncidentVariables.*;

import com.yuanjing.itsm.validation.FieldChecks;
import com.yuanjing.itsm.validation.FieldError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The outage fields of the incident form 受理事件: 服务中断（服务不可用） and 服务不可用开始时间 (blank = the
 * time the incident was reported; never in the future, but may lie before the report, which is often late).
 */
public final class IncidentOutageFields {

  static final String SERVICE_UNAVAILABLE_LABEL = "服务中断（服务不可用）";
  static final String UNAVAILABLE_SINCE_LABEL = "服务不可用开始时间";

  private IncidentOutageFields() {}

  /** The errors of the outage fields of an acceptance. */
  public static List<FieldError> check(Map<String, Object> values) {
    List<FieldError> errors = new ArrayList<>(new FieldChecks(values)
        .optionalBoolean(SERVICE_UNAVAILABLE, SERVICE_UNAVAILABLE_LABEL).errors());
    if (Boolean.TRUE.equals(values.get(SERVICE_UNAVAILABLE))) {
      OutageTimes.check(values.get(UNAVAILABLE_SINCE), UNAVAILABLE_SINCE, UNAVAILABLE_SINCE_LABEL, false, now(),
          OutageTimes.BEIJING, errors);
    }
    return errors;
  }

  /** When the service became unavailable: the time entered, else the report time; empty when invalid. */
  static Optional<Instant> unavailableSince(Object entered, Object reportedAt) {
    if (OutageTimes.isBlank(entered)) {
      return reportedAt instanceof Date date ? Optional.of(date.toInstant()) : Optional.of(now());
    }
    return OutageTimes.parse(entered, OutageTimes.BEIJING).filter(time -> !time.isAfter(now()));
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
