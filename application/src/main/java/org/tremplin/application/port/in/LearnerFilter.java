package org.tremplin.application.port.in;

import org.tremplin.application.port.out.ChangeInstants;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.learner.LearnerStatus;
import org.tremplin.domain.school.SchoolId;

/**
 * @param text matched against given name, family name and e-mail address
 * @param updatedSince only records created or changed at or after this instant (see {@link ChangeInstants})
 */
public record LearnerFilter(Optional<Set<SchoolId>> schools, Optional<CohortId> cohort, Optional<LearnerStatus> status,
                            Optional<LocalDate> enrolledFrom, Optional<LocalDate> enrolledTo, Optional<String> text,
                            Optional<Instant> updatedSince)
        implements SchoolScopedFilter<LearnerFilter> {
    public static LearnerFilter all() {
        return new LearnerFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Override
    public LearnerFilter withSchools(Optional<Set<SchoolId>> newSchools) {
        return new LearnerFilter(newSchools, cohort, status, enrolledFrom, enrolledTo, text, updatedSince);
    }
}
