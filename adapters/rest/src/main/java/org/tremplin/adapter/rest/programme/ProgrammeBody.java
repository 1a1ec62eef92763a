package org.tremplin.adapter.rest.programme;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A programme as written; phase lengths default to the Écoles IA's 7 + 12 months. */
@Serdeable
public record ProgrammeBody(@Nullable String title, @Nullable String rncpCode, @Nullable Integer level,
                            @Nullable Integer centreMonths, @Nullable Integer workStudyMonths) {
}
