package com.yuanjing.itsm.problem;

import com.yuanjing.itsm.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Where a problem stands, with its linked incidents and the change of its fix. */
@RestController
@RequestMapping("/api/problems")
public class ProblemController {

  private final ProblemService problems;

  public ProblemController(ProblemService problems) {
    this.problems = problems;
  }

  @GetMapping("/{businessKey}")
  public ProblemView get(@PathVariable String businessKey) {
    return problems.find(businessKey)
        .orElseThrow(() -> new NotFoundException("未找到问题 " + businessKey + "，或您无权查看"));
  }
}
