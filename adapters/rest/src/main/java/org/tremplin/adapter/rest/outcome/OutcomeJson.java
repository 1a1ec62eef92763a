package org.tremplin.adapter.rest.outcome;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import org.tremplin.adapter.rest.support.RecordJson;
import org.tremplin.domain.outcome.EmploymentOutcome;
import org.tremplin.domain.partner.PartnerId;

/**
 * A former learner's situation on the day observed; {@code situationCategory} is how the indicators
 * count it (only SALARIED_EMPLOYMENT counts in the employment rate).
 */
@Serdeable
public record OutcomeJson(String id, long version, String learnerId, LocalDate observedOn, String situation,
                          String situationCategory, @Nullable String employerPartnerId, @Nullable String employerName,
                          @Nullable String jobTitle) implements RecordJson {

    static OutcomeJson of(EmploymentOutcome outcome) {
        return new OutcomeJson(outcome.id().toString(), outcome.version(), outcome.learnerId().toString(),
                outcome.observedOn(), outcome.situation().name(), outcome.situation().category().name(),
                outcome.employer().flatMap(employer -> employer.partnerId()).map(PartnerId::toString).orElse(null),
                outcome.employer().flatMap(employer -> employer.name()).orElse(null),
                outcome.jobTitle().orElse(null));
    }
}
