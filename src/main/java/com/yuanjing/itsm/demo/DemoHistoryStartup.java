package com.yuanjing.itsm.demo;

import com.yuanjing.itsm.incident.IncidentProcess;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Generates the demo history once, when the suite is up ({@code itsm.demo-history.enabled=true}): the engine, the
 * service catalogue and the demo users exist then. Skipped when there are incidents in the history already, so a
 * restart does not add a second history. The job executor is stopped meanwhile (it would run the jobs on the moved
 * clock at the same time as the generator), and the real clock is restored afterwards.
 */
@Component
@ConditionalOnProperty(name = "itsm.demo-history.enabled", havingValue = "true")
public class DemoHistoryStartup {

  private static final Logger LOG = LoggerFactory.getLogger(DemoHistoryStartup.class);

  private final ProcessEngine engine;
  private final DemoHistoryGenerator generator;
  private final DemoHistoryProperties properties;

  public DemoHistoryStartup(ProcessEngine engine, DemoHistoryGenerator generator, DemoHistoryProperties properties) {
    this.engine = engine;
    this.generator = generator;
    this.properties = properties;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void generateOnce() {
    if (engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(IncidentProcess.KEY)
        .count() > 0) {
      LOG.info("Demo history skipped: there are incidents already");
      return;
    }
    JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getJobExecutor();
    boolean jobExecutorWasActive = jobExecutor != null && jobExecutor.isActive();
    if (jobExecutorWasActive) {
      jobExecutor.shutdown();
    }
    Instant end = Instant.now();
    Instant start = end.atZone(ZoneId.of("Asia/Shanghai")).minusMonths(properties.months()).toInstant();
    try {
      ClockUtil.setCurrentTime(Date.from(start));
      generator.generate(start, end, properties);
    } finally {
      ClockUtil.reset();
      if (jobExecutorWasActive) {
        jobExecutor.start();
      }
    }
  }
}
