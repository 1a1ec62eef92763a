package org.tremplin.application.port.out;

import java.util.Optional;
import java.util.Set;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.school.SchoolId;

public record FundingFilter(Optional<Set<SchoolId>> schools, Optional<CohortId> cohort, Optional<PartnerId> funder,
                            Optional<Integer> year) {
    public static FundingFilter all() {
        return new FundingFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
