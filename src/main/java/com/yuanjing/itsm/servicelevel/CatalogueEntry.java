package com.yuanjing.itsm.servicelevel;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of the service catalogue: the current entry of a service, or one of its published versions.
 *
 * @param version 1 for the first published version; 0 for a draft that was never published
 * @param slaDocument archive number or URL of the signed SLA (none for services seeded from configuration)
 * @param slaValidFrom first day the SLA applies
 * @param slaValidTo last day the SLA applies
 * @param publishedBy who published it ({@code system} for the seeded services)
 * @param sourceKey business key of the service level management process that published it
 */
public record CatalogueEntry(@JsonUnwrapped ItService service, ServiceStatus status, int version,
    String slaDocument, LocalDate slaValidFrom, LocalDate slaValidTo, Instant publishedAt, String publishedBy,
    String sourceKey) {
}
