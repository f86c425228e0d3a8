package com.yuanjing.itsm.release;

import com.yuanjing.itsm.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Where a release stands, with the change that authorises it. */
@RestController
@RequestMapping("/api/releases")
public class ReleaseController {

  private final ReleaseService releases;

  public ReleaseController(ReleaseService releases) {
    this.releases = releases;
  }

  @GetMapping("/{businessKey}")
  public ReleaseView get(@PathVariable String businessKey) {
    return releases.find(businessKey)
        .orElseThrow(() -> new NotFoundException("未找到发布 " + businessKey + "，或您无权查看"));
  }
}
