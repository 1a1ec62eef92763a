package org.tremplin.adapter.persistence.jdbc.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.LocalDateTime;

/**
 * One row of {@code api_token}; its scopes and schools are rows of {@code api_token_scope} and
 * {@code api_token_school}. Instants are UTC date-times handed to the driver as they are
 * ({@link DataType#OBJECT}): as timestamps, Micronaut Data would shift them into the JVM's time zone.
 */
@MappedEntity("api_token")
record ApiTokenRow(@Id String id, long version, String name, boolean networkWide, String secretHash,
                   String secretPrefix, @TypeDef(type = DataType.OBJECT) LocalDateTime createdAt, String createdBy,
                   @TypeDef(type = DataType.OBJECT) LocalDateTime expiresAt,
                   @Nullable @TypeDef(type = DataType.OBJECT) LocalDateTime revokedAt) {
}
