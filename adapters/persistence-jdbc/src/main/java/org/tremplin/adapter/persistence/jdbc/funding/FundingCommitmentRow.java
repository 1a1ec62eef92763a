package org.tremplin.adapter.persistence.jdbc.funding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * @param updatedAt UTC, as text (see {@link org.tremplin.adapter.persistence.jdbc.support.UtcDateTimes})
 *     see {@link org.tremplin.adapter.persistence.jdbc.support.UtcDateTimes}
 */
@MappedEntity("funding_commitment")
record FundingCommitmentRow(@Id String id, long version, String funderId, String schoolId, @Nullable String cohortId,
                            long amountCents, int year,
                            String updatedAt) {
}
