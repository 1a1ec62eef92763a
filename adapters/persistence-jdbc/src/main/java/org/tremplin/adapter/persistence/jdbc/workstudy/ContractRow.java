package org.tremplin.adapter.persistence.jdbc.workstudy;

import io.micronaut.core.annotation.Nullable;
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
@MappedEntity("work_study_contract")
record ContractRow(@Id String id, long version, String learnerId, String hostId, String kind, LocalDate startDate,
                   LocalDate plannedEndDate, String jobTitle, String tutorName, @Nullable LocalDate brokenOn,
                   @Nullable String brokenBy,
                   @TypeDef(type = DataType.OBJECT) LocalDateTime updatedAt) {
}
