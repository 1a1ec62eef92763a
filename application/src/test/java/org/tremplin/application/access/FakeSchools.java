package org.tremplin.application.access;

import java.time.LocalDate;
import java.util.Optional;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.SchoolFilter;
import org.tremplin.application.port.in.SchoolSortKey;
import org.tremplin.application.port.out.Schools;
import org.tremplin.domain.school.Departement;
import org.tremplin.domain.school.Region;
import org.tremplin.domain.school.School;
import org.tremplin.domain.school.SchoolId;

/** The schools that access scopes refer to; only found by id here. */
final class FakeSchools extends VersionedMap<School, SchoolId> implements Schools {
    private int sequence;

    FakeSchools() {
        super("school", School::id, School::version, School::withVersion, "name", School::name);
    }

    SchoolId add() {
        sequence++;
        return save(School.plan(new SchoolId(java.util.UUID.randomUUID()), "École IA " + sequence, "Montpellier",
                Region.OCCITANIE, new Departement("34"), Optional.of(LocalDate.of(2026, 9, 1)))).id();
    }

    @Override
    public Page<School> list(SchoolFilter filter, Sort<SchoolSortKey> sort, PageRequest page) {
        throw new UnsupportedOperationException("access management never lists schools");
    }
}
