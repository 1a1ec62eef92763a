package org.tremplin.application.port.out;

import java.util.Optional;
import java.util.Set;
import org.tremplin.domain.school.Region;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.school.SchoolStatus;

/** @param schools restricts the list to these schools when present (the caller's scope) */
public record SchoolFilter(Optional<Set<SchoolId>> schools, Optional<Region> region, Optional<SchoolStatus> status,
                           Optional<String> text) {
    public static SchoolFilter all() {
        return new SchoolFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
