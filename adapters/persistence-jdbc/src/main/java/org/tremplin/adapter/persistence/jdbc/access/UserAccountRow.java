package org.tremplin.adapter.persistence.jdbc.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.LocalDateTime;

/**
 * One row of {@code user_account}; its schools are rows of {@code user_account_school}. The
 * instant is a UTC date-time handed to the driver as it is ({@link DataType#OBJECT}): as a
 * timestamp, Micronaut Data would shift it into the JVM's time zone.
 */
@MappedEntity("user_account")
record UserAccountRow(@Id String id, long version, String email, String displayName, String role,
                      boolean networkWide, String passwordHash, int failedSignIns,
                      @Nullable @TypeDef(type = DataType.OBJECT) LocalDateTime lockedUntil, boolean enabled) {
}
