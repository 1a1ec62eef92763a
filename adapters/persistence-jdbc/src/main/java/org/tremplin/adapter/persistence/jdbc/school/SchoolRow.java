package org.tremplin.adapter.persistence.jdbc.school;

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
@MappedEntity("school")
record SchoolRow(@Id String id, long version, String name, String town, String region, String departement,
                 String status, @Nullable LocalDate openedOn, @Nullable LocalDate closedOn,
                 @TypeDef(type = DataType.OBJECT) LocalDateTime updatedAt) {
}
