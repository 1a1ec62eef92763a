package org.tremplin.adapter.persistence.jdbc.learner;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/**
 * A learner without the health data, which has a table of its own; status and leaving date are derived.
 *
 * @param updatedAt UTC, as text (see {@link org.tremplin.adapter.persistence.jdbc.support.UtcDateTimes})
 *     see {@link org.tremplin.adapter.persistence.jdbc.support.UtcDateTimes}
 */
@MappedEntity("learner")
record LearnerRow(@Id String id, long version, String schoolId, String cohortId, @Nullable String applicantId,
                  String givenName, String familyName, String email, String gender, LocalDate dateOfBirth,
                  @Nullable LocalDate jobSeekerSince, boolean priorityNeighbourhood, String highestDiploma,
                  LocalDate enrolledOn, @Nullable LocalDate centreStartedOn, @Nullable LocalDate workStudyStartedOn,
                  @Nullable LocalDate graduatedOn, @Nullable LocalDate droppedOutOn, @Nullable String dropOutReason,
                  String status, @Nullable LocalDate leftOn,
                  String updatedAt) {
}
