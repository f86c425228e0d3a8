package com.yuanjing.itsm.servicelevel;

import java.time.LocalDate;

/**
 * The signed SLA a catalogue version is published with.
 *
 * @param document archive number or URL of the signed document (Tasklist forms cannot upload files)
 * @param validFrom first day it applies
 * @param validTo last day it applies, after {@code validFrom}
 */
public record SlaAgreement(String document, LocalDate validFrom, LocalDate validTo) {
}
