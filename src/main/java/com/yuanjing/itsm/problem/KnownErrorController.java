package com.yuanjing.itsm.problem;

import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.InvalidInputException;
import com.yuanjing.itsm.web.NotFoundException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The known-error database (已知错误库) for the service desk and other systems. Every signed-in user may
 * read it: the desk searches it when classifying incidents.
 */
@RestController
@RequestMapping("/api/known-errors")
public class KnownErrorController {

  static final int DEFAULT_LIMIT = 20;

  private final KnownErrorService knownErrors;

  public KnownErrorController(KnownErrorService knownErrors) {
    this.knownErrors = knownErrors;
  }

  /**
   * Known errors containing every term of {@code q} (separated by spaces) in title, symptom, root cause
   * or workaround, newest first; without {@code q} the newest. At most {@code limit} (default 20, at most 50).
   */
  @GetMapping
  public List<KnownError> search(@RequestParam(name = "q", required = false) String query,
      @RequestParam(name = "limit", required = false) String limit) {
    return knownErrors.search(query, parseLimit(limit));
  }

  @GetMapping("/{problemKey}")
  public KnownError get(@PathVariable String problemKey) {
    return knownErrors.find(problemKey)
        .orElseThrow(() -> new NotFoundException("未找到问题 " + problemKey + " 的已知错误记录"));
  }

  private static int parseLimit(String limit) {
    if (limit == null || limit.isBlank()) {
      return DEFAULT_LIMIT;
    }
    String digits = limit.strip();
    if (digits.matches("[0-9]+") && !digits.matches("0+")) {
      // the service caps it; more digits than an int holds are simply "many"
      return digits.length() > 9 ? KnownErrorService.MAX_LIMIT : Integer.parseInt(digits);
    }
    throw new InvalidInputException("查询条件有误", List.of(new FieldError("limit", "条数",
        "必须是正整数（最多返回 " + KnownErrorService.MAX_LIMIT + " 条）")));
  }
}
