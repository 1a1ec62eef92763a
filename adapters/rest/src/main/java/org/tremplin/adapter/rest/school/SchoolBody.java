package org.tremplin.adapter.rest.school;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A school as an integrator writes it; {@code plannedOpening} only counts when planning a new school. */
@Serdeable
public record SchoolBody(@Nullable String name, @Nullable String town, @Nullable String region,
                         @Nullable String departement, @Nullable String plannedOpening) {
}
