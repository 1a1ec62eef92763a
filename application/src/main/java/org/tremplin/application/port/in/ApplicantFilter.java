package org.tremplin.application.port.in;

import org.tremplin.application.port.out.ChangeInstants;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.tremplin.domain.applicant.SelectionStage;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.school.SchoolId;

/**
 * @param schools restricts to applicants of cohorts of these schools, when present
 * @param stage the applicant's current stage
 * @param text matched against given name, family name and e-mail address
 * @param updatedSince only records created or changed at or after this instant (see {@link ChangeInstants})
 */
public record ApplicantFilter(Optional<Set<SchoolId>> schools, Optional<CohortId> cohort,
                              Optional<SelectionStage> stage, Optional<LocalDate> appliedFrom,
                              Optional<LocalDate> appliedTo, Optional<String> text,
                              Optional<Instant> updatedSince)
        implements SchoolScopedFilter<ApplicantFilter> {
    public static ApplicantFilter all() {
        return new ApplicantFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Override
    public ApplicantFilter withSchools(Optional<Set<SchoolId>> newSchools) {
        return new ApplicantFilter(newSchools, cohort, stage, appliedFrom, appliedTo, text, updatedSince);
    }
}
