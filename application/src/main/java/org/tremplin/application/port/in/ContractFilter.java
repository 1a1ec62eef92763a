package org.tremplin.application.port.in;

import org.tremplin.application.port.out.ChangeInstants;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.school.SchoolId;

/**
 * @param schools restricts to contracts of learners of these schools, when present
 * @param updatedSince only records created or changed at or after this instant (see {@link ChangeInstants})
 */
public record ContractFilter(Optional<Set<SchoolId>> schools, Optional<LearnerId> learner, Optional<PartnerId> host,
                             Optional<Boolean> broken, Optional<Instant> updatedSince)
        implements SchoolScopedFilter<ContractFilter> {
    public static ContractFilter all() {
        return new ContractFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Override
    public ContractFilter withSchools(Optional<Set<SchoolId>> newSchools) {
        return new ContractFilter(newSchools, learner, host, broken, updatedSince);
    }
}
