package org.tremplin.adapter.persistence.jdbc.programme;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.LocalDateTime;

/**
 * @param updatedAt UTC; bound as it is ({@code DataType.OBJECT}) rather than through the JVM's time zone,
 *     see {@link org.tremplin.adapter.persistence.jdbc.support.UtcDateTimes}
 */
@MappedEntity("programme")
record ProgrammeRow(@Id String id, long version, String title, @Nullable String rncpCode, @Nullable Integer level,
                    int centreMonths, int workStudyMonths,
                    @TypeDef(type = DataType.OBJECT) LocalDateTime updatedAt) {
}
