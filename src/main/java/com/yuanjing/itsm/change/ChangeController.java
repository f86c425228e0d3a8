package com.yuanjing.itsm.change;

import com.yuanjing.itsm.web.NotFoundException;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Requests for change from other systems (deployment pipelines, tools): the same rules as the start form. */
@RestController
@RequestMapping("/api/changes")
public class ChangeController {

  private final ChangeService changes;

  public ChangeController(ChangeService changes) {
    this.changes = changes;
  }

  /** The answer to a request: the key people quote and the process instance behind it. */
  public record RequestedChange(String businessKey, String processInstanceId) {}

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  public RequestedChange request(@RequestBody Map<String, Object> request) {
    ProcessInstance instance = changes.request(request);
    return new RequestedChange(instance.getBusinessKey(), instance.getId());
  }

  @GetMapping("/{businessKey}")
  public ChangeView get(@PathVariable String businessKey) {
    return changes.find(businessKey)
        .orElseThrow(() -> new NotFoundException("未找到变更 " + businessKey + "，或您无权查看"));
  }
}
