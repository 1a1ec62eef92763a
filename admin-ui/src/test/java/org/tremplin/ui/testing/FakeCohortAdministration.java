package org.tremplin.ui.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.tremplin.application.cohort.CohortAdministration;
import org.tremplin.application.cohort.CohortDetails;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.CohortFilter;
import org.tremplin.application.port.in.CohortSortKey;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.error.ConflictException;
import org.tremplin.domain.error.NotFoundException;
import org.tremplin.domain.programme.Programme;
import org.tremplin.domain.school.SchoolId;

/**
 * Cohorts in a list, filtered by school and sorted as the port promises; changes go through the
 * domain's checks and name their version. Schools in {@link #outOfScope} are refused as the use
 * case refuses a manager's request about a school outside their scope.
 */
public final class FakeCohortAdministration implements CohortAdministration {
    private final List<Cohort> cohorts = new ArrayList<>();
    private final FakeProgrammeAdministration programmes;
    public final List<SchoolId> outOfScope = new ArrayList<>();

    public FakeCohortAdministration(FakeProgrammeAdministration programmes) {
        this.programmes = programmes;
    }

    public FakeCohortAdministration add(SchoolId school, Programme programme, String name, LocalDate start, int seats) {
        cohorts.add(Cohort.open(new CohortId(UUID.randomUUID()), school, programme, name, start, seats));
        return this;
    }

    public Cohort named(String name) {
        return cohorts.stream().filter(cohort -> cohort.name().equals(name)).findFirst().orElseThrow();
    }

    public void rescheduleElsewhere(String name, int seats) {
        Cohort cohort = named(name);
        save(cohort.reschedule(cohort.name(), cohort.startDate(), seats));
    }

    @Override
    public Cohort open(SchoolId school, org.tremplin.domain.programme.ProgrammeId programme, CohortDetails details) {
        requireScope(school);
        Cohort cohort = Cohort.open(new CohortId(UUID.randomUUID()), school, programmes.get(programme), details.name(),
                details.startDate(), details.seats());
        cohorts.add(cohort);
        return cohort;
    }

    @Override
    public Cohort reschedule(CohortId id, long version, CohortDetails details) {
        Cohort current = get(id);
        requireScope(current.schoolId());
        if (current.version() != version) {
            throw ConflictException.staleVersion("cohort", id);
        }
        return save(current.reschedule(details.name(), details.startDate(), details.seats()));
    }

    @Override
    public Cohort get(CohortId id) {
        return cohorts.stream().filter(cohort -> cohort.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("cohort", id));
    }

    @Override
    public Page<Cohort> list(CohortFilter filter, Sort<CohortSortKey> sort, PageRequest page) {
        Function<Cohort, String> key = sort.key() == CohortSortKey.NAME ? Cohort::name : cohort -> cohort.startDate().toString();
        Comparator<Cohort> order = Comparator.comparing(key);
        List<Cohort> matching = cohorts.stream()
                .filter(cohort -> filter.schools().map(schools -> schools.contains(cohort.schoolId())).orElse(true))
                .sorted((sort.isAscending() ? order : order.reversed()).thenComparing(cohort -> cohort.id().value()))
                .toList();
        int from = (int) Math.min(page.offset(), matching.size());
        int to = Math.min(from + page.size(), matching.size());
        return new Page<>(matching.subList(from, to), matching.size(), page);
    }

    private void requireScope(SchoolId school) {
        OutOfScopeSchools.refuseIfAmong(outOfScope, school);
    }

    private Cohort save(Cohort cohort) {
        Cohort stored = cohort.withVersion(cohort.version() + 1);
        cohorts.replaceAll(existing -> existing.id().equals(cohort.id()) ? stored : existing);
        return stored;
    }
}
