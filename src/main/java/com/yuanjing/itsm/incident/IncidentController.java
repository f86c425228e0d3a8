package com.yuanjing.itsm.incident;

import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import com.yuanjing.itsm.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Incident intake for other systems (monitoring, portals): the same rules as the start form. */
@RestController
@RequestMapping("/api/incidents")
public class IncidentController {

  private final IncidentService incidents;

  public IncidentController(IncidentService incidents) {
    this.incidents = incidents;
  }

  /** The answer to a report: the key people quote on the phone and the process instance behind it. */
  public record ReportedIncident(String businessKey, String processInstanceId) {}

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  public ReportedIncident report(@RequestBody Map<String, Object> report) {
    ProcessInstance instance = incidents.report(report);
    return new ReportedIncident(instance.getBusinessKey(), instance.getId());
  }

  /** Where an incident stands, with its SLA facts, for systems that reported it. */
  @GetMapping("/{businessKey}")
  public IncidentView get(@PathVariable String businessKey) {
    return incidents.find(businessKey)
        .orElseThrow(() -> new NotFoundException("未找到事件 " + businessKey + "，或您无权查看"));
  }
}
