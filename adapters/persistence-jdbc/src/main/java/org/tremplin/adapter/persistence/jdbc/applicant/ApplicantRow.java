package org.tremplin.adapter.persistence.jdbc.applicant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/**
 * An applicant without the selection history and the health data, which have tables of their own.
 *
 * @param updatedAt UTC, as text (see {@link org.tremplin.adapter.persistence.jdbc.support.UtcDateTimes})
 *     see {@link org.tremplin.adapter.persistence.jdbc.support.UtcDateTimes}
 */
@MappedEntity("applicant")
record ApplicantRow(@Id String id, long version, String cohortId, String givenName, String familyName, String email,
                    String gender, LocalDate dateOfBirth, @Nullable LocalDate jobSeekerSince,
                    boolean priorityNeighbourhood, String highestDiploma, LocalDate appliedOn, String stage,
                    String updatedAt) {
}
