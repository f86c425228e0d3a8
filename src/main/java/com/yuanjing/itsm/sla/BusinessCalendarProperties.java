package com.yuanjing.itsm.sla;

import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code itsm.calendar}.
 *
 * @param zone time zone of the working hours and of the holiday dates
 * @param workdayStart start of the working period on working days
 * @param workdayEnd end of the working period on working days
 * @param holidays Spring resource location of the holiday file; point it at e.g. {@code
 *     file:/etc/yuanjing/china-holidays.yaml} to update holidays without a new build
 */
@ConfigurationProperties("itsm.calendar")
public record BusinessCalendarProperties(
    @DefaultValue("Asia/Shanghai") ZoneId zone,
    @DefaultValue("09:00") LocalTime workdayStart,
    @DefaultValue("18:00") LocalTime workdayEnd,
    @DefaultValue(DEFAULT_HOLIDAYS) String holidays) {

  public static final String DEFAULT_HOLIDAYS = "classpath:calendar/china-holidays.yaml";
}
