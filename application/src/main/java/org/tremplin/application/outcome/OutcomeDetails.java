package org.tremplin.application.outcome;

import java.time.LocalDate;
import java.util.Optional;
import org.tremplin.domain.outcome.Situation;
import org.tremplin.domain.partner.PartnerId;

/** A follow-up as typed: the employer is a partner, or a name, or neither when nobody employs the person. */
public record OutcomeDetails(LocalDate observedOn, Situation situation, Optional<PartnerId> employerPartner,
                             Optional<String> employerName, Optional<String> jobTitle) {
}
