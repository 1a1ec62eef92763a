package org.tremplin.ui.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.out.SchoolFilter;
import org.tremplin.application.port.out.SchoolSortKey;
import org.tremplin.application.school.SchoolAdministration;
import org.tremplin.application.school.SchoolDetails;
import org.tremplin.domain.school.Departement;
import org.tremplin.domain.school.Region;
import org.tremplin.domain.school.School;
import org.tremplin.domain.school.SchoolId;

/** Schools in a list, listed as the port promises (text filter, sort then id, pages); read-only. */
final class FakeSchoolAdministration implements SchoolAdministration {
    private final List<School> schools = new ArrayList<>();
    /** How many times the view asked for a page: a lazy grid asks, it does not load everything. */
    final AtomicInteger listCalls = new AtomicInteger();

    FakeSchoolAdministration add(String name, String town, Region region, String departement, LocalDate openedOn) {
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
        int from = (int) Math.min(page.offset(), matching.size());
        int to = Math.min(from + page.size(), matching.size());
        return new Page<>(matching.subList(from, to), matching.size(), page);
    }

    private static boolean matches(School school, String text) {
        String wanted = text.toLowerCase(Locale.ROOT);
        return school.name().toLowerCase(Locale.ROOT).contains(wanted)
                || school.town().toLowerCase(Locale.ROOT).contains(wanted);
    }

    @Override
    public School plan(SchoolDetails details, Optional<LocalDate> plannedOpening) {
        throw new UnsupportedOperationException();
    }

    @Override
    public School change(SchoolId id, long version, SchoolDetails details) {
        throw new UnsupportedOperationException();
    }

    @Override
    public School open(SchoolId id, long version, LocalDate on) {
        throw new UnsupportedOperationException();
    }

    @Override
    public School close(SchoolId id, long version, LocalDate on) {
        throw new UnsupportedOperationException();
    }

    @Override
    public School get(SchoolId id) {
        throw new UnsupportedOperationException();
    }
}
