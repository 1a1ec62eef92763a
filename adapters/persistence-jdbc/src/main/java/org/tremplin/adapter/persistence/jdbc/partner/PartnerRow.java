package org.tremplin.adapter.persistence.jdbc.partner;

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
@MappedEntity("partner")
record PartnerRow(@Id String id, long version, String legalName, String kind, @Nullable String siret,
                  @TypeDef(type = DataType.OBJECT) LocalDateTime updatedAt) {
}
