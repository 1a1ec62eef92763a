package org.tremplin.application.port.out;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.tremplin.domain.programme.ProgrammeId;
import org.tremplin.domain.school.SchoolId;

/** Dates are inclusive bounds on the start date. */
public record CohortFilter(Optional<Set<SchoolId>> schools, Optional<ProgrammeId> programme,
                           Optional<LocalDate> startsFrom, Optional<LocalDate> startsTo) {
    public static CohortFilter all() {
        return new CohortFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
