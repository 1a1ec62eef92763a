package org.tremplin.ui.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.CohortFilter;
import org.tremplin.application.port.in.CohortSortKey;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.error.NotFoundException;
import org.tremplin.domain.programme.PhaseLengths;
import org.tremplin.domain.programme.ProgrammeId;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.ui.session.ConsoleSession;

/**
 * Two cohorts in two schools, listed as the use case lists them: narrowed to the schools of the
 * signed-in user when they are limited to some; read-only.
 */
public final class FakeScopedCohorts extends ReadOnlyCohorts {
    public static final SchoolId CASTELNAU_SCHOOL = new SchoolId(UUID.randomUUID());
    public static final Cohort ROUBAIX = FakeCohortsForLists.COHORT;
    public static final Cohort CASTELNAU = new Cohort(new CohortId(UUID.randomUUID()), 0, CASTELNAU_SCHOOL,
            new ProgrammeId(UUID.randomUUID()), "Castelnau-le-Lez 2026", LocalDate.of(2026, 3, 2), 18,
            PhaseLengths.ECOLE_IA);
    public static final List<Cohort> ALL = List.of(ROUBAIX, CASTELNAU);

    @Override
    public Cohort get(CohortId id) {
        return ALL.stream().filter(cohort -> cohort.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("cohort", id));
    }

    @Override
    public Page<Cohort> list(CohortFilter filter, Sort<CohortSortKey> sort, PageRequest page) {
        Optional<Set<SchoolId>> scope = ConsoleSession.user().flatMap(user -> user.actor().schools());
        return new FakePages().page(ALL.stream()
                .filter(cohort -> scope.map(schools -> schools.contains(cohort.schoolId())).orElse(true)).toList(), page);
    }
}
