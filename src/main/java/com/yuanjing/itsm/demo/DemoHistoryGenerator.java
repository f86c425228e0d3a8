package com.yuanjing.itsm.demo;

import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Plays months of operations through the real processes on the engine clock, strictly in time order: the people's
 * steps ({@link DemoOperations}) and the engine's due jobs (timers and asynchronous continuations) are interleaved
 * by their time, and the clock is set to each one's time before it runs. It uses the engine's and the suite's
 * services only, never the history tables. The caller must keep the job executor from running meanwhile: it reads
 * the same global clock and would race for the jobs.
 */
@Component
public class DemoHistoryGenerator {

  private static final Logger LOG = LoggerFactory.getLogger(DemoHistoryGenerator.class);
  /** Reported failures of steps and jobs; further ones are only counted. */
  private static final int LOGGED_FAILURES = 20;

  private final ProcessEngine engine;
  private final DemoOperations operations;

  public DemoHistoryGenerator(ProcessEngine engine, DemoOperations operations) {
    this.engine = engine;
    this.operations = operations;
  }

  /** What a run did. */
  public record Result(long steps, long jobs, long failures, long millis) {}

  /**
   * Plays the operations from {@code start} to {@code end}; the clock stays at {@code end}, the caller resets it.
   */
  public Result generate(Instant start, Instant end, DemoHistoryProperties properties) {
    Run run = new Run(end);
    long began = System.currentTimeMillis();
    restartScheduledProcesses();
    operations.begin(run, start, properties);
    run.play();
    Result result = new Result(run.steps, run.jobs, run.failures, System.currentTimeMillis() - began);
    LOG.info("Demo history {} to {}: {} steps, {} jobs, {} failures in {} s", start, end, result.steps(),
        result.jobs(), result.failures(), result.millis() / 1000);
    return result;
  }

  /**
   * The timer start events (monthly service reports, KPI reviews, drills) were scheduled from the time they were
   * deployed, which is after the history to be played: they start over from the engine clock, so that they fire
   * in the run as they would have.
   */
  private void restartScheduledProcesses() {
    ManagementService management = engine.getManagementService();
    for (Job timer : management.createJobQuery().timers().list()) {
      if (timer.getProcessInstanceId() == null) {
        management.recalculateJobDuedate(timer.getId(), false);
      }
    }
  }

  /** One run: the queue of people's steps and what the engine has due. */
  final class Run {

    private record Step(long at, long order, Runnable action) {}

    private final PriorityQueue<Step> queue = new PriorityQueue<>(
        (a, b) -> a.at() != b.at() ? Long.compare(a.at(), b.at()) : Long.compare(a.order(), b.order()));
    private final Set<String> seenTasks = new HashSet<>();
    private final ManagementService management = engine.getManagementService();
    private final TaskService tasks = engine.getTaskService();
    private final long end;
    private long order;
    private long steps;
    private long jobs;
    private long failures;

    Run(Instant end) {
      this.end = end.toEpochMilli();
    }

    /** Does {@code action} at {@code at}, unless that is after the end of the run. */
    void schedule(Instant at, Runnable action) {
      if (at.toEpochMilli() <= end) {
        queue.add(new Step(at.toEpochMilli(), order++, action));
      }
    }

    Instant now() {
      return ClockUtil.getCurrentTime().toInstant();
    }

    private void play() {
      while (!queue.isEmpty()) {
        long next = queue.peek().at();
        Job timer = earliestJobDueBy(next);
        if (timer != null) {
          setClock(timer.getDuedate().getTime());
          execute(timer);
        } else {
          Step step = queue.poll();
          setClock(step.at());
          attempt(step.action());
          steps++;
        }
        afterwards();
      }
      setClock(end);
      for (Job timer = earliestJobDueBy(end); timer != null; timer = earliestJobDueBy(end)) {
        setClock(Math.max(timer.getDuedate().getTime(), ClockUtil.getCurrentTime().getTime()));
        execute(timer);
        afterwards();
      }
    }

    /** The clock never runs backwards: a job due earlier than the last step runs now. */
    private void setClock(long millis) {
      ClockUtil.setCurrentTime(new Date(Math.max(millis, ClockUtil.getCurrentTime().getTime())));
    }

    private Job earliestJobDueBy(long millis) {
      List<Job> due = management.createJobQuery().active().withRetriesLeft().duedateLowerThan(new Date(millis + 1))
          .orderByJobDuedate().asc().listPage(0, 1);
      return due.isEmpty() ? null : due.get(0);
    }

    /** Runs the asynchronous continuations the last step left, then lets people pick up the new tasks. */
    private void afterwards() {
      for (int round = 0; round < 50; round++) {
        List<Job> due = management.createJobQuery().active().withRetriesLeft().executable().list();
        if (due.isEmpty()) {
          break;
        }
        due.forEach(this::execute);
      }
      Date since = new Date(ClockUtil.getCurrentTime().getTime() - 1);
      for (Task task : tasks.createTaskQuery().taskCreatedAfter(since).list()) {
        if (seenTasks.add(task.getId())) {
          TaskWork work = operations.work(task);
          if (work != null) {
            schedule(task.getCreateTime().toInstant().plus(work.after()), () -> complete(task, work));
          }
        }
      }
    }

    private void complete(Task task, TaskWork work) {
      seenTasks.remove(task.getId());
      if (tasks.createTaskQuery().taskId(task.getId()).count() == 0) {
        return; // ended meanwhile, e.g. by a timer or by another path of its process
      }
      if (task.getAssignee() == null) {
        tasks.claim(task.getId(), work.user());
      }
      tasks.complete(task.getId(), work.values());
    }

    private void execute(Job job) {
      jobs++;
      attempt(() -> management.executeJob(job.getId()));
    }

    /** A failed step or job is logged and skipped: the run goes on, as operations would. */
    private void attempt(Runnable action) {
      try {
        action.run();
      } catch (RuntimeException e) {
        if (++failures <= LOGGED_FAILURES) {
          LOG.warn("Demo history step failed at {}: {}", now(), e.getMessage());
        }
      }
    }
  }
}
