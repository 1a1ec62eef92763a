package org.tremplin.adapter.persistence.jdbc.funding;

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
@MappedEntity("funding_commitment")
record FundingCommitmentRow(@Id String id, long version, String funderId, String schoolId, @Nullable String cohortId,
                            long amountCents, int year,
                            @TypeDef(type = DataType.OBJECT) LocalDateTime updatedAt) {
}
