package com.yuanjing.itsm.continuity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the scheduling process starts the drills: {@code itsm.continuity.drill-cron}, a Quartz-style cron
 * expression read by the timer start event of continuity-drill.bpmn as {@code ${continuityDrillSchedule.cron}}.
 * The default, {@code 0 0 2 1 1,7 ?}, is 02:00 on 1 January and 1 July: twice a year. The engine reads it when
 * the model is deployed, so a change takes effect with the next deployment of the model (see the docs).
 */
@Component("continuityDrillSchedule")
public class ContinuityDrillSchedule {

  public static final String DEFAULT_CRON = "0 0 2 1 1,7 ?";

  private final String cron;

  public ContinuityDrillSchedule(@Value("${itsm.continuity.drill-cron:" + DEFAULT_CRON + "}") String cron) {
    this.cron = cron;
  }

  public String getCron() {
    return cron;
  }
}
