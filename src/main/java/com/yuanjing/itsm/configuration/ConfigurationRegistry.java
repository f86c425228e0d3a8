package com.yuanjing.itsm.configuration;

import java.util.List;

/**
 * What the configuration-management process asks of the CMDB. Every method names bad input with
 * {@link com.yuanjing.itsm.validation.InvalidInputException} (fields and messages in Chinese) and changes
 * nothing then.
 */
public interface ConfigurationRegistry {

  /**
   * Checks a request without recording it: its fields, for production items its authority, and for an
   * update or retirement that names a revision that the item is still at. In an update a blank field
   * keeps the recorded value (the request form cannot show what is recorded).
   */
  void check(ConfigurationRequest request, ChangeAuthority authority);

  /** Records the request (after the same checks as {@link #check}) and returns the item's id. */
  long apply(ConfigurationRequest request, ChangeAuthority authority);

  /** The item's current revision; an unknown item is bad input (field {@code itemId}). */
  int currentRevision(long itemId);

  /**
   * Items for a configuration audit, all of them active production items: those of {@code serviceId} when
   * it is given, otherwise a random sample of at most {@code size}.
   */
  List<AuditSubject> sampleForAudit(String serviceId, int size);

  /**
   * Corrects an item that audit {@code auditKey} found inaccurate; the item's history keeps the finding,
   * who corrected it and the audit key. The only change to a production item without a change or release.
   * Refused when the item is no longer at {@code verifiedRevision}, the revision the verifier was shown:
   * a correction never overwrites what was recorded (and approved) after the sample.
   */
  void correctAfterAudit(long itemId, int verifiedRevision, ItemCorrection correction, String auditKey,
      String correctedBy, String finding);
}
