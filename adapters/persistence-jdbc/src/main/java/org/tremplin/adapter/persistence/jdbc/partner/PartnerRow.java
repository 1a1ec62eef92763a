package org.tremplin.adapter.persistence.jdbc.partner;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * @param updatedAt UTC, as text (see {@link org.tremplin.adapter.persistence.jdbc.support.UtcDateTimes})
 *     see {@link org.tremplin.adapter.persistence.jdbc.support.UtcDateTimes}
 */
@MappedEntity("partner")
record PartnerRow(@Id String id, long version, String legalName, String kind, @Nullable String siret,
                  String updatedAt) {
}
