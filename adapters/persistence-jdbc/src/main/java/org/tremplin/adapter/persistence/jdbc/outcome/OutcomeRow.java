package org.tremplin.adapter.persistence.jdbc.outcome;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/**
 * @param updatedAt UTC, as text (see {@link org.tremplin.adapter.persistence.jdbc.support.UtcDateTimes})
 *     see {@link org.tremplin.adapter.persistence.jdbc.support.UtcDateTimes}
 */
@MappedEntity("employment_outcome")
record OutcomeRow(@Id String id, long version, String learnerId, LocalDate observedOn, String situation,
                  @Nullable String employerPartnerId, @Nullable String employerName, @Nullable String jobTitle,
                  String updatedAt) {
}
