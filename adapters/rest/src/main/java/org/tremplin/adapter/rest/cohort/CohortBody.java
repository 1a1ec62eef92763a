package org.tremplin.adapter.rest.cohort;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A cohort as written; the school and programme only count when opening it. */
@Serdeable
public record CohortBody(@Nullable String schoolId, @Nullable String programmeId, @Nullable String name,
                         @Nullable String startDate, @Nullable Integer seats) {
}
