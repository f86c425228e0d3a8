package com.yuanjing.itsm.change;

import java.util.HashMap;
import java.util.Map;

/** Requests for change as other systems send them, for tests. */
public final class ChangeRequests {

  private ChangeRequests() {}

  /**
   * A normal change to online banking in its next maintenance window, far enough ahead of any test run;
   * a new mutable map on every call, so cases can change it.
   */
  public static Map<String, Object> valid() {
    Map<String, Object> request = new HashMap<>();
    request.put("title", "升级登录模块");
    request.put("serviceId", "online-banking");
    request.put("reason", "修复登录超时");
    request.put("description", "升级到 2.3.1");
    request.put("downtimeRequired", false);
    request.put("doneBefore", true);
    request.put("tested", true);
    request.put("plannedStart", "2030-03-02T22:00+08:00");
    request.put("plannedEnd", "2030-03-02T23:30+08:00");
    request.put("implementationPlan", "部署新版本");
    request.put("testPlan", "登录冒烟测试");
    request.put("backoutPlan", "恢复旧版本");
    return request;
  }
}
