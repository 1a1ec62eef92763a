package org.tremplin.adapter.persistence.jdbc.applicant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An applicant without the selection history and the health data, which have tables of their own.
 *
 * @param updatedAt UTC; bound as it is ({@code DataType.OBJECT}) rather than through the JVM's time zone,
 *     see {@link org.tremplin.adapter.persistence.jdbc.support.UtcDateTimes}
 */
@MappedEntity("applicant")
record ApplicantRow(@Id String id, long version, String cohortId, String givenName, String familyName, String email,
                    String gender, LocalDate dateOfBirth, @Nullable LocalDate jobSeekerSince,
                    boolean priorityNeighbourhood, String highestDiploma, LocalDate appliedOn, String stage,
                    @TypeDef(type = DataType.OBJECT) LocalDateTime updatedAt) {
}
