package org.tremplin.adapter.rest.support;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The body of a dated transition such as opening a school: {@code {"on": "2026-09-01"}}. */
@Serdeable
public record OnDateBody(@Nullable String on) {
}
