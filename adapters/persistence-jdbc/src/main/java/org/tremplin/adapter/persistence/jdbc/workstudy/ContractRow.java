package org.tremplin.adapter.persistence.jdbc.workstudy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/**
 * @param updatedAt UTC, as text (see {@link org.tremplin.adapter.persistence.jdbc.support.UtcDateTimes})
 *     see {@link org.tremplin.adapter.persistence.jdbc.support.UtcDateTimes}
 */
@MappedEntity("work_study_contract")
record ContractRow(@Id String id, long version, String learnerId, String hostId, String kind, LocalDate startDate,
                   LocalDate plannedEndDate, String jobTitle, String tutorName, @Nullable LocalDate brokenOn,
                   @Nullable String brokenBy,
                   String updatedAt) {
}
