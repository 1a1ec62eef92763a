package org.tremplin.application.port.in;

import org.tremplin.application.port.out.ChangeInstants;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.tremplin.domain.programme.ProgrammeId;
import org.tremplin.domain.school.SchoolId;

/**
 * Dates are inclusive bounds on the start date.
 *
 * @param updatedSince only records created or changed at or after this instant (see {@link ChangeInstants})
 */
public record CohortFilter(Optional<Set<SchoolId>> schools, Optional<ProgrammeId> programme,
                           Optional<LocalDate> startsFrom, Optional<LocalDate> startsTo, Optional<Instant> updatedSince)
        implements SchoolScopedFilter<CohortFilter> {
    public static CohortFilter all() {
        return new CohortFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Override
    public CohortFilter withSchools(Optional<Set<SchoolId>> newSchools) {
        return new CohortFilter(newSchools, programme, startsFrom, startsTo, updatedSince);
    }
}
