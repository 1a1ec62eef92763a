package org.tremplin.adapter.persistence.jdbc.cohort;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * @param updatedAt UTC; bound as it is ({@code DataType.OBJECT}) rather than through the JVM's time zone,
 *     see {@link org.tremplin.adapter.persistence.jdbc.support.UtcDateTimes}
 */
@MappedEntity("cohort")
record CohortRow(@Id String id, long version, String schoolId, String programmeId, String name, LocalDate startDate,
                 int seats, int centreMonths, int workStudyMonths,
                 @TypeDef(type = DataType.OBJECT) LocalDateTime updatedAt) {
}
