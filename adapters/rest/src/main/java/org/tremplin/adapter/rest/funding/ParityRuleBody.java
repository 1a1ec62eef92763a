package org.tremplin.adapter.rest.funding;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Two funders of a school, or of one of its cohorts when {@code cohortId} is given, who commit equal amounts. */
@Serdeable
public record ParityRuleBody(@Nullable String schoolId, @Nullable String cohortId, @Nullable String firstFunderId,
                             @Nullable String secondFunderId) {
}
