package org.tremplin.adapter.rest.applicant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.tremplin.adapter.rest.person.PersonBody;

/** An application to a cohort: who applies, and when. */
@Serdeable
public record ApplicationBody(@Nullable String cohortId, @Nullable String appliedOn, @Nullable PersonBody person) {
}
