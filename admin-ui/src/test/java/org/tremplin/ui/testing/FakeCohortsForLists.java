package org.tremplin.ui.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.CohortFilter;
import org.tremplin.application.port.in.CohortSortKey;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.programme.PhaseLengths;
import org.tremplin.domain.programme.ProgrammeId;

/** One cohort, which the list views name their rows' cohort by; read-only. */
public final class FakeCohortsForLists extends ReadOnlyCohorts {
    public static final Cohort COHORT = new Cohort(FakeLearnerAdministration.COHORT, 0, FakeLearnerAdministration.SCHOOL,
            new ProgrammeId(UUID.randomUUID()), "Roubaix 2026", LocalDate.of(2026, 1, 5), 24, PhaseLengths.ECOLE_IA);
    public final AtomicInteger gets = new AtomicInteger();

    @Override
    public Cohort get(CohortId id) {
        gets.incrementAndGet();
        if (!id.equals(COHORT.id())) {
            throw new IllegalArgumentException("no such cohort");
        }
        return COHORT;
    }

    @Override
    public Page<Cohort> list(CohortFilter filter, Sort<CohortSortKey> sort, PageRequest page) {
        return new FakePages().page(List.of(COHORT), page);
    }
}
