package com.yuanjing.itsm.release;

import java.util.HashMap;
import java.util.Map;

/** Release registrations as the release managers enter them, for tests. */
public final class ReleaseRegistrations {

  private ReleaseRegistrations() {}

  /**
   * A ready release of trade-service 2.3.1 for online banking, planned for 5 December 2026 22:00 in Beijing; a new
   * mutable map on every call, so cases can change it.
   *
   * @param changeKey the approved change that authorises it
   */
  public static Map<String, Object> valid(String changeKey) {
    Map<String, Object> release = new HashMap<>();
    release.put("title", "交易服务 2.3.1 发布");
    release.put("serviceId", "online-banking");
    release.put("changeKey", changeKey);
    release.put("applications", "trade-service:2.3.1");
    release.put("deployedOn", "app-01,app-02");
    release.put("plannedStart", "2026-12-05T22:00+08:00");
    release.put("packageName", "trade-service-2.3.1.tar.gz");
    release.put("packageChecksum", "0123456789abcdef".repeat(4));
    release.put("packageLocation", "dsl/trade-service/2.3.1");
    release.put("testResult", "PASSED");
    release.put("testsPassed", 240);
    release.put("testsFailed", 0);
    release.put("testsSkipped", 0);
    release.put("acceptanceSignedOff", true);
    release.put("acceptanceSignedBy", "客户方 李经理");
    release.put("securityScanResult", "PASSED");
    release.put("backoutPlan", "回滚到 2.3.0");
    return release;
  }
}
