package org.tremplin.adapter.rest.person;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An applicant or learner as written. {@code rqth} (recognised disability) is health data: sending
 * it needs the READ_HEALTH_DATA scope; leaving it out keeps what is recorded.
 */
@Serdeable
public record PersonBody(@Nullable String givenName, @Nullable String familyName, @Nullable String email,
                         @Nullable String gender, @Nullable String dateOfBirth, @Nullable String jobSeekerSince,
                         @Nullable Boolean priorityNeighbourhood, @Nullable String highestDiploma,
                         @Nullable String rqth) {
}
