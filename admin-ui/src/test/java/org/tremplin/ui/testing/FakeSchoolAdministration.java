package org.tremplin.ui.testing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.tremplin.application.common.InputCheck;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.SchoolFilter;
import org.tremplin.application.port.in.SchoolSortKey;
import org.tremplin.application.school.SchoolAdministration;
import org.tremplin.application.school.SchoolDetails;
import org.tremplin.domain.school.Departement;
import org.tremplin.domain.school.Region;
import org.tremplin.domain.school.School;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.shared.Require;

/**
 * Schools in a list, listed as the port promises (text filter, sort then id, pages). Changes go
 * through the domain's own constructors and checks, and name the version they were based on, as
 * the real use case does; {@link #changeElsewhere} plays someone else saving first.
 */
public final class FakeSchoolAdministration implements SchoolAdministration {
    private final FakeRecords<School, SchoolId> schools =
            new FakeRecords<>("school", School::id, School::version, School::withVersion);
    /** How many times the view asked for a page: a lazy grid asks, it does not load everything. */
    public final AtomicInteger listCalls = new AtomicInteger();

    /** Castelnau-le-Lez (Occitanie) then Roubaix (Hauts-de-France), both open since 2 September 2019. */
    public static FakeSchoolAdministration castelnauAndRoubaix() {
        return new FakeSchoolAdministration()
                .add("École IA Castelnau", "Castelnau-le-Lez", Region.OCCITANIE, "34", LocalDate.of(2019, 9, 2))
                .add("École IA Roubaix", "Roubaix", Region.HAUTS_DE_FRANCE, "59", LocalDate.of(2019, 9, 2));
    }

    public FakeSchoolAdministration add(String name, String town, Region region, String departement, LocalDate openedOn) {
        School planned = School.plan(new SchoolId(UUID.randomUUID()), name, town, region, new Departement(departement),
                Optional.empty());
        schools.add(openedOn == null ? planned : planned.open(openedOn));
        return this;
    }

    @Override
    public Page<School> list(SchoolFilter filter, Sort<SchoolSortKey> sort, PageRequest page) {
        listCalls.incrementAndGet();
        Comparator<School> order = Comparator.comparing(school -> switch (sort.key()) {
            case NAME -> school.name();
            case TOWN -> school.town();
            case REGION -> school.region().frenchName();
            case STATUS -> school.status().name();
            case OPENED_ON -> school.openedOn().map(LocalDate::toString).orElse("");
        });
        if (!sort.isAscending()) {
            order = order.reversed();
        }
        List<School> matching = schools.stream()
                .filter(school -> filter.text().map(text -> matches(school, text)).orElse(true))
                .sorted(order.thenComparing(school -> school.id().value()))
                .toList();
        return schools.page(matching, page);
    }

    private static boolean matches(School school, String text) {
        String wanted = text.toLowerCase(Locale.ROOT);
        return school.name().toLowerCase(Locale.ROOT).contains(wanted)
                || school.town().toLowerCase(Locale.ROOT).contains(wanted);
    }

    /** The school called {@code name}. */
    public School named(String name) {
        return schools.first(school -> school.name().equals(name));
    }

    /** Someone else renames the school in the meantime: its version moves on. */
    public void changeElsewhere(String name, String newName) {
        School school = named(name);
        schools.save(school.rename(newName, school.town(), school.region(), school.departement()));
    }

    @Override
    public School plan(SchoolDetails details, Optional<LocalDate> plannedOpening) {
        Departement departement = readDetails(details);
        School planned = School.plan(new SchoolId(UUID.randomUUID()), details.name(), details.town(), details.region(),
                departement, plannedOpening);
        return schools.add(planned);
    }

    @Override
    public School change(SchoolId id, long version, SchoolDetails details) {
        Departement departement = readDetails(details);
        return schools.update(id, version, school -> school.rename(details.name(), details.town(), details.region(), departement));
    }

    @Override
    public School open(SchoolId id, long version, LocalDate on) {
        return schools.update(id, version, school -> school.open(on));
    }

    @Override
    public School close(SchoolId id, long version, LocalDate on) {
        return schools.update(id, version, school -> school.close(on));
    }

    @Override
    public School get(SchoolId id) {
        return schools.get(id);
    }

    private static Departement readDetails(SchoolDetails details) {
        var check = new InputCheck();
        check.field(() -> Require.text(details.name(), "name", School.NAME_MAX_LENGTH));
        check.field(() -> Require.text(details.town(), "town", School.TOWN_MAX_LENGTH));
        check.field(() -> Require.present(details.region(), "region"));
        Departement departement = check.field(() -> new Departement(details.departement()));
        check.complete();
        return departement;
    }
}
