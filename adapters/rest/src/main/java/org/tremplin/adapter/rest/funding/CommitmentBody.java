package org.tremplin.adapter.rest.funding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A funding commitment as written. The amount is a string in euros ("125000", "125000.50" or
 * "125000,50"), never a JSON number; the funder, school and cohort only count when committing.
 */
@Serdeable
public record CommitmentBody(@Nullable String funderId, @Nullable String schoolId, @Nullable String cohortId,
                             @Nullable String amount, @Nullable Integer year) {
}
