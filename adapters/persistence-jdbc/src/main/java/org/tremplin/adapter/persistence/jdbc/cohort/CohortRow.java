package org.tremplin.adapter.persistence.jdbc.cohort;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/**
 * @param updatedAt UTC, as text (see {@link org.tremplin.adapter.persistence.jdbc.support.UtcDateTimes})
 *     see {@link org.tremplin.adapter.persistence.jdbc.support.UtcDateTimes}
 */
@MappedEntity("cohort")
record CohortRow(@Id String id, long version, String schoolId, String programmeId, String name, LocalDate startDate,
                 int seats, int centreMonths, int workStudyMonths,
                 String updatedAt) {
}
