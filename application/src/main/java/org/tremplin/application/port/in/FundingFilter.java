package org.tremplin.application.port.in;

import org.tremplin.application.port.out.ChangeInstants;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.school.SchoolId;

/**
 * @param updatedSince only records created or changed at or after this instant (see {@link ChangeInstants})
 */
public record FundingFilter(Optional<Set<SchoolId>> schools, Optional<CohortId> cohort, Optional<PartnerId> funder,
                            Optional<Integer> year, Optional<Instant> updatedSince)
        implements SchoolScopedFilter<FundingFilter> {
    public static FundingFilter all() {
        return new FundingFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Override
    public FundingFilter withSchools(Optional<Set<SchoolId>> newSchools) {
        return new FundingFilter(newSchools, cohort, funder, year, updatedSince);
    }
}
