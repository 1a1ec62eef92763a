package org.tremplin.adapter.persistence.jdbc.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * One row of {@code user_account}; its schools are rows of {@code user_account_school}. The
 * instant travels as text (see {@link org.tremplin.adapter.persistence.jdbc.support.UtcDateTimes}).
 */
@MappedEntity("user_account")
record UserAccountRow(@Id String id, long version, String email, String displayName, String role,
                      boolean networkWide, String passwordHash, int failedSignIns, @Nullable String lockedUntil,
                      boolean enabled) {
}
