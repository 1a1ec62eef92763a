package org.tremplin.adapter.persistence.jdbc.school;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/**
 * @param updatedAt UTC, as text (see {@link org.tremplin.adapter.persistence.jdbc.support.UtcDateTimes})
 *     see {@link org.tremplin.adapter.persistence.jdbc.support.UtcDateTimes}
 */
@MappedEntity("school")
record SchoolRow(@Id String id, long version, String name, String town, String region, String departement,
                 String status, @Nullable LocalDate openedOn, @Nullable LocalDate closedOn,
                 String updatedAt) {
}
