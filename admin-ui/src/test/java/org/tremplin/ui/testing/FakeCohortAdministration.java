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
import org.tremplin.domain.programme.Programme;
import org.tremplin.domain.school.SchoolId;

/**
 * Cohorts in a list, filtered by school and sorted as the port promises; changes go through the
 * domain's checks and name their version. Schools in {@link #outOfScope} are refused as the use
 * case refuses a manager's request about a school outside their scope.
 */
public final class FakeCohortAdministration implements CohortAdministration {
    private final FakeRecords<Cohort, CohortId> cohorts =
            new FakeRecords<>("cohort", Cohort::id, Cohort::version, Cohort::withVersion);
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
        return cohorts.first(cohort -> cohort.name().equals(name));
    }

    public void rescheduleElsewhere(String name, int seats) {
        Cohort cohort = named(name);
        cohorts.save(cohort.reschedule(cohort.name(), cohort.startDate(), seats));
    }

    @Override
    public Cohort open(SchoolId school, org.tremplin.domain.programme.ProgrammeId programme, CohortDetails details) {
        requireScope(school);
        Cohort cohort = Cohort.open(new CohortId(UUID.randomUUID()), school, programmes.get(programme), details.name(),
                details.startDate(), details.seats());
        return cohorts.add(cohort);
    }

    @Override
    public Cohort reschedule(CohortId id, long version, CohortDetails details) {
        requireScope(get(id).schoolId());
        return cohorts.update(id, version,
                current -> current.reschedule(details.name(), details.startDate(), details.seats()));
    }

    @Override
    public Cohort get(CohortId id) {
        return cohorts.get(id);
    }

    @Override
    public Page<Cohort> list(CohortFilter filter, Sort<CohortSortKey> sort, PageRequest page) {
        Function<Cohort, String> key = sort.key() == CohortSortKey.NAME ? Cohort::name : cohort -> cohort.startDate().toString();
        Comparator<Cohort> order = Comparator.comparing(key);
        List<Cohort> matching = cohorts.stream()
                .filter(cohort -> filter.schools().map(schools -> schools.contains(cohort.schoolId())).orElse(true))
                .sorted((sort.isAscending() ? order : order.reversed()).thenComparing(cohort -> cohort.id().value()))
                .toList();
        return cohorts.page(matching, page);
    }

    private void requireScope(SchoolId school) {
        OutOfScopeSchools.refuseIfAmong(outOfScope, school);
    }
}
