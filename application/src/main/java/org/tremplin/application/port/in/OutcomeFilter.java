package org.tremplin.application.port.in;

import org.tremplin.application.port.out.ChangeInstants;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.outcome.Situation;
import org.tremplin.domain.school.SchoolId;

/**
 * @param schools restricts to outcomes of learners of these schools, when present
 * @param updatedSince only records created or changed at or after this instant (see {@link ChangeInstants})
 */
public record OutcomeFilter(Optional<Set<SchoolId>> schools, Optional<LearnerId> learner, Optional<Situation> situation,
                            Optional<LocalDate> observedFrom, Optional<LocalDate> observedTo,
                            Optional<Instant> updatedSince)
        implements SchoolScopedFilter<OutcomeFilter> {
    public static OutcomeFilter all() {
        return new OutcomeFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    @Override
    public OutcomeFilter withSchools(Optional<Set<SchoolId>> newSchools) {
        return new OutcomeFilter(newSchools, learner, situation, observedFrom, observedTo, updatedSince);
    }
}
