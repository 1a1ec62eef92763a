package org.tremplin.adapter.rest.learner;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record DropOutBody(@Nullable String on, @Nullable String reason) {
}
