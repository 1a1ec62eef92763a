package org.tremplin.adapter.rest.workstudy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A work-study contract as written; dates inclusive, yyyy-MM-dd. The learner and the host only count
 * when signing: amending changes the terms alone.
 */
@Serdeable
public record ContractBody(@Nullable String learnerId, @Nullable String hostId, @Nullable String kind,
                           @Nullable String startDate, @Nullable String plannedEndDate, @Nullable String jobTitle,
                           @Nullable String tutorName) {
}
