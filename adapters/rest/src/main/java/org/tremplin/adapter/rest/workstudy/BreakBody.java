package org.tremplin.adapter.rest.workstudy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The early end of a contract: {@code {"on": "2025-03-14", "by": "EMPLOYER"}}; {@code on} is its last day. */
@Serdeable
public record BreakBody(@Nullable String on, @Nullable String by) {
}
