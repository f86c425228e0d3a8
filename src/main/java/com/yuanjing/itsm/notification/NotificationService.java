package com.yuanjing.itsm.notification;

import com.yuanjing.itsm.identity.SystemActions;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Tells a group about something that needs its attention. The notice arrives as a task in the group's
 * Tasklist (the one inbox every user already watches); completing it acknowledges the notice.
 */
@Service
public class NotificationService {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationService.class);

  private final TaskService taskService;

  public NotificationService(TaskService taskService) {
    this.taskService = taskService;
  }

  /** Must run inside an engine command (a delegate); the notice is posted whoever moved the process. */
  public Task notifyGroup(String groupId, Notice notice, String businessKey, String summary, String details) {
    Task task = SystemActions.run(() -> {
      Task notification = taskService.newTask();
      notification.setName(notice.title(businessKey, summary));
      notification.setDescription(details);
      taskService.saveTask(notification);
      taskService.addCandidateGroup(notification.getId(), groupId);
      return notification;
    });
    LOG.info("Notified group {}: {}", groupId, task.getName());
    return task;
  }
}
