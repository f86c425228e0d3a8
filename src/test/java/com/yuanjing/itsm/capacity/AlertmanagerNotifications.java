package com.yuanjing.itsm.capacity;

/** Bodies of Alertmanager (webhook version 4) notifications for the tests of the processes alerts start. */
public final class AlertmanagerNotifications {

  private AlertmanagerNotifications() {}

  /** A firing notification of the given alerts (JSON objects). */
  public static String firing(String... alerts) {
    return notification("firing", alerts);
  }

  public static String notification(String status, String... alerts) {
    return """
        {
          "version": "4",
          "groupKey": "{}:{alertname=\\"test\\"}",
          "truncatedAlerts": 0,
          "status": "%s",
          "receiver": "yuanjing-itsm",
          "groupLabels": {},
          "commonLabels": {},
          "commonAnnotations": {},
          "externalURL": "http://alertmanager:9093",
          "alerts": [%s]
        }""".formatted(status, String.join(",", alerts));
  }
}
