package org.tremplin.adapter.rest.applicant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A step in the selection funnel: {@code {"stage": "PRESELECTED", "on": "2026-05-02"}}. */
@Serdeable
public record StageBody(@Nullable String stage, @Nullable String on) {
}
