package org.tremplin.application.port.in;

import org.tremplin.application.port.out.ChangeInstants;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.tremplin.domain.school.Region;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.school.SchoolStatus;

/**
 * @param schools restricts the list to these schools when present (the caller's scope)
 * @param updatedSince only records created or changed at or after this instant (see {@link ChangeInstants})
 */
public record SchoolFilter(Optional<Set<SchoolId>> schools, Optional<Region> region, Optional<SchoolStatus> status,
                           Optional<String> text, Optional<Instant> updatedSince)
        implements SchoolScopedFilter<SchoolFilter> {
    public static SchoolFilter all() {
        return new SchoolFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Override
    public SchoolFilter withSchools(Optional<Set<SchoolId>> newSchools) {
        return new SchoolFilter(newSchools, region, status, text, updatedSince);
    }
}
