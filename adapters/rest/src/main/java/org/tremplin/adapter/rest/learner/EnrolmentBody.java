package org.tremplin.adapter.rest.learner;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.tremplin.adapter.rest.person.PersonBody;

/** A direct enrolment in a cohort, without going through the selection funnel. */
@Serdeable
public record EnrolmentBody(@Nullable String cohortId, @Nullable String enrolledOn, @Nullable PersonBody person) {
}
