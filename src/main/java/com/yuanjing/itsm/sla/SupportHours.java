package com.yuanjing.itsm.sla;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Which clock an SLA runs on. */
public enum SupportHours {

  /** 工作时间 5×8: only working hours on working days count (weekends, holidays and 调休 applied). */
  BUSINESS_HOURS,

  /** 7×24: every minute counts, weekends and holidays included. */
  ALWAYS;

  /**
   * Parses a code as written in process models and configuration, e.g. {@code "BUSINESS_HOURS"}.
   * Surrounding blanks and letter case are tolerated because the codes are typed by people.
   *
   * @throws IllegalArgumentException for a null, blank or unknown code
   */
  public static SupportHours fromCode(String code) {
    if (code != null) {
      String normalized = code.trim().toUpperCase(Locale.ROOT);
      for (SupportHours hours : values()) {
        if (hours.name().equals(normalized)) {
          return hours;
        }
      }
    }
    throw new IllegalArgumentException("Unknown support hours '" + code + "', expected one of "
        + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
  }
}
