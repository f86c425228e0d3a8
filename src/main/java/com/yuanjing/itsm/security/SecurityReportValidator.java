package com.yuanjing.itsm.security;

import static com.yuanjing.itsm.security.SecurityIncidentProcess.Variables.*;

import com.yuanjing.itsm.servicelevel.ServiceDirectory;
import com.yuanjing.itsm.validation.Choices;
import com.yuanjing.itsm.validation.FieldChecks;
import com.yuanjing.itsm.validation.FieldError;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Checks a security event as it is reported directly (start form or POST /api/security-incidents). */
@Component
public class SecurityReportValidator {

  public static final Map<String, String> FIELDS = Choices.of(SUMMARY, "摘要", DESCRIPTION, "详细描述",
      SERVICE_ID, "涉及服务", REPORTER_CONTACT, "报告人联系方式");

  private final ServiceDirectory services;

  public SecurityReportValidator(ServiceDirectory services) {
    this.services = services;
  }

  public List<FieldError> validate(Map<String, Object> report) {
    return new FieldChecks(report)
        .text(SUMMARY, FIELDS.get(SUMMARY), true, 200)
        .text(DESCRIPTION, FIELDS.get(DESCRIPTION), true, 4000)
        .oneOf(SERVICE_ID, FIELDS.get(SERVICE_ID), false, services.names())
        .text(REPORTER_CONTACT, FIELDS.get(REPORTER_CONTACT), false, 200)
        .noOtherFields(FIELDS)
        .errors();
  }
}
