package org.tremplin.adapter.persistence.jdbc.outcome;

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
@MappedEntity("employment_outcome")
record OutcomeRow(@Id String id, long version, String learnerId, LocalDate observedOn, String situation,
                  @Nullable String employerPartnerId, @Nullable String employerName, @Nullable String jobTitle,
                  @TypeDef(type = DataType.OBJECT) LocalDateTime updatedAt) {
}
