package com.yuanjing.itsm.release;

import static com.yuanjing.itsm.release.ReleaseProcess.Variables.*;

import com.yuanjing.itsm.audit.ProcessRecords;
import com.yuanjing.itsm.change.ChangeService;
import com.yuanjing.itsm.change.ChangeView;
import com.yuanjing.itsm.change.PlannedTimes;
import com.yuanjing.itsm.numbering.BusinessKeys;
import com.yuanjing.itsm.servicelevel.ServiceDirectory;
import com.yuanjing.itsm.validation.FieldError;
import com.yuanjing.itsm.validation.InvalidInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Registration of releases and what their readiness gate needs to know. */
@Service
public class ReleaseService {

  static final String INVALID_RELEASE = "发布登记有误，请修正以下字段";

  private final ReleaseRequestValidator validator;
  private final ServiceDirectory services;
  private final PlannedTimes plannedTimes;
  private final ChangeService changes;
  private final BusinessKeys businessKeys;
  private final ProcessRecords records;

  public ReleaseService(ReleaseRequestValidator validator, ServiceDirectory services, PlannedTimes plannedTimes,
      ChangeService changes, BusinessKeys businessKeys, ProcessRecords records) {
    this.validator = validator;
    this.services = services;
    this.plannedTimes = plannedTimes;
    this.changes = changes;
    this.businessKeys = businessKeys;
    this.records = records;
  }

  /** The facts a release is registered with; throws when the registration is invalid. */
  public Map<String, Object> registration(Map<String, Object> registeredVariables) {
    // everything the caller passed is checked: a variable the process sets itself (approved, due dates,
    // counters, ...) cannot be smuggled in at the start
    Map<String, Object> release = new HashMap<>(registeredVariables);
    release.remove(REQUESTED_BY);
    List<FieldError> errors = new ArrayList<>(validator.validate(release));
    if (errors.stream().noneMatch(error -> CHANGE_KEY.equals(error.field()))
        && changes.find((String) release.get(CHANGE_KEY)).isEmpty()) {
      errors.add(new FieldError(CHANGE_KEY, ReleaseRequestValidator.FIELDS.get(CHANGE_KEY),
          "未找到变更 " + release.get(CHANGE_KEY)));
    }
    InvalidInputException.throwIfAny(INVALID_RELEASE, errors);
    Map<String, Object> registration = new HashMap<>(ReleaseEvidence.normalized(release));
    registration.put(PLANNED_START, plannedTimes.toDate(release.get(PLANNED_START)));
    registration.put(SERVICE_NAME, services.find((String) release.get(SERVICE_ID)).orElseThrow().name());
    return registration;
  }

  /**
   * Whether the release's change authorises it now: approved, and not failed (a change whose
   * implementation or verification failed authorises nothing, even while it is still being backed out).
   */
  public boolean changeAuthorises(String changeKey) {
    Optional<ChangeView> change = changes.find(changeKey);
    return change.isPresent() && Boolean.TRUE.equals(change.get().approved())
        && !Boolean.FALSE.equals(change.get().changeSucceeded())
        && (change.get().outcome() == null || "ChangeSucceeded".equals(change.get().outcome()));
  }

  /** The open or closed release with this key; empty when unknown or not readable by the current user. */
  public Optional<ReleaseView> find(String businessKey) {
    return records.find(ReleaseProcess.KEY, businessKey).map(record -> ReleaseView.of(businessKey,
        record.instance().getId(), record.instance().getEndActivityId(), record.variables()));
  }

  public String nextBusinessKey() {
    return businessKeys.next(ReleaseProcess.BUSINESS_KEY_PREFIX);
  }
}
