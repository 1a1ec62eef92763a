package org.tremplin.adapter.persistence.jdbc.funding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * @param updatedAt UTC, as text (see {@link org.tremplin.adapter.persistence.jdbc.support.UtcDateTimes})
 *     see {@link org.tremplin.adapter.persistence.jdbc.support.UtcDateTimes}
 */
@MappedEntity("parity_rule")
record ParityRuleRow(@Id String id, long version, String schoolId, @Nullable String cohortId, String firstFunderId,
                     String secondFunderId,
                     String updatedAt) {
}
