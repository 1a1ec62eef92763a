package org.tremplin.adapter.persistence.jdbc.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * One row of {@code api_token}; its scopes and schools are rows of {@code api_token_scope} and
 * {@code api_token_school}. Instants travel as text (see {@link org.tremplin.adapter.persistence.jdbc.support.UtcDateTimes}).
 */
@MappedEntity("api_token")
record ApiTokenRow(@Id String id, long version, String name, boolean networkWide, String secretHash,
                   String secretPrefix, String createdAt, String createdBy, String expiresAt,
                   @Nullable String revokedAt) {
}
