package org.tremplin.adapter.rest.partner;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The roles a partner plays for one school: {@code {"schoolId": "…", "roles": ["FUNDER"]}}; no roles ends it. */
@Serdeable
public record EngagementBody(@Nullable String schoolId, @Nullable List<String> roles) {
}
