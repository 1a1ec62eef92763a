package org.tremplin.adapter.rest.outcome;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A follow-up as written. The employer is a partner ({@code employerPartnerId}) or a free-text name
 * ({@code employerName}), never both, and neither for a situation without work. The learner only
 * counts when recording: a correction keeps it.
 */
@Serdeable
public record OutcomeBody(@Nullable String learnerId, @Nullable String observedOn, @Nullable String situation,
                          @Nullable String employerPartnerId, @Nullable String employerName,
                          @Nullable String jobTitle) {
}
