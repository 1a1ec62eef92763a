package org.tremplin.adapter.rest.support;

import io.micronaut.core.annotation.Nullable;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.tremplin.domain.school.SchoolId;

/**
 * The {@code school} filter of lists: one id, or several separated by commas. The use cases narrow
 * it to the caller's schools, so asking for another school yields nothing, never more.
 */
public final class SchoolIds {
    private SchoolIds() {
    }

    public static Optional<Set<SchoolId>> read(Parameters parameters, @Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        Set<SchoolId> ids = new LinkedHashSet<>();
        Arrays.stream(raw.split(",")).map(String::trim).filter(text -> !text.isEmpty())
                .forEach(text -> parameters.optionalId("school", text, SchoolId::new).ifPresent(ids::add));
        return Optional.of(Set.copyOf(ids));
    }
}
