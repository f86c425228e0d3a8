package com.yuanjing.itsm.reporting;

import static com.yuanjing.itsm.reporting.ServiceReportingProcess.Elements.TASK_APPROVE_REPORT;
import static com.yuanjing.itsm.reporting.ServiceReportingProcess.Elements.TASK_REVIEW_REPORT_QUALITY;
import static com.yuanjing.itsm.reporting.ServiceReportingProcess.Variables.*;

import com.yuanjing.itsm.validation.ClearChoicesListener;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Each round of quality review and approval after a revision starts without the earlier verdict. */
@Component("clearReportChoicesListener")
public class ClearReportChoicesListener extends ClearChoicesListener {

  @Override
  protected Map<String, List<String>> choicesByTask() {
    return Map.of(
        TASK_REVIEW_REPORT_QUALITY, List.of(MEETS_QUALITY_REQUIREMENTS, MATCHES_BUSINESS_DIRECTION,
            MEETS_CUSTOMER_NEEDS, REVIEW_PASSED),
        TASK_APPROVE_REPORT, List.of(APPROVAL_DECISION));
  }
}
