package org.tremplin.ui.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.SchoolFilter;
import org.tremplin.application.port.in.SchoolSortKey;
import org.tremplin.application.school.SchoolAdministration;
import org.tremplin.application.school.SchoolDetails;
import org.tremplin.domain.school.School;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.ui.session.ConsoleSession;

/**
 * Lists only the schools of the signed-in user's scope, as the use case narrows a manager's
 * requests; everything else is the wrapped fake's.
 */
public final class ScopedSchoolAdministration implements SchoolAdministration {
    private final FakeSchoolAdministration schools;

    public ScopedSchoolAdministration(FakeSchoolAdministration schools) {
        this.schools = schools;
    }

    @Override
    public Page<School> list(SchoolFilter filter, Sort<SchoolSortKey> sort, PageRequest page) {
        Optional<Set<SchoolId>> scope = ConsoleSession.user().flatMap(user -> user.actor().schools());
        if (scope.isEmpty()) {
            return schools.list(filter, sort, page);
        }
        List<School> within = schools.list(filter, sort, PageRequest.first(PageRequest.MAX_SIZE)).items().stream()
                .filter(school -> scope.get().contains(school.id())).toList();
        return new FakePages().page(within, page);
    }

    @Override
    public School plan(SchoolDetails details, Optional<LocalDate> plannedOpening) {
        return schools.plan(details, plannedOpening);
    }

    @Override
    public School change(SchoolId id, long version, SchoolDetails details) {
        return schools.change(id, version, details);
    }

    @Override
    public School open(SchoolId id, long version, LocalDate on) {
        return schools.open(id, version, on);
    }

    @Override
    public School close(SchoolId id, long version, LocalDate on) {
        return schools.close(id, version, on);
    }

    @Override
    public School get(SchoolId id) {
        return schools.get(id);
    }
}
