package org.tremplin.application.school;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Permission;
import org.tremplin.application.common.InputCheck;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.support.UseCaseSupport;
import org.tremplin.application.support.VersionedRecords;
import org.tremplin.application.port.in.SchoolFilter;
import org.tremplin.application.port.in.SchoolSortKey;
import org.tremplin.application.port.out.Schools;
import org.tremplin.domain.school.Departement;
import org.tremplin.domain.school.School;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.shared.Require;

public final class SchoolAdministrationService implements SchoolAdministration {
    private static final String RECORD = "school";
    private final Schools schools;
    private final VersionedRecords<School, SchoolId> records;
    private final UseCaseSupport support;

    public SchoolAdministrationService(Schools schools, UseCaseSupport support) {
        this.schools = schools;
        this.records = VersionedRecords.of(support, RECORD, schools, School::id, School::version)
                .ownedBy(School::id);
        this.support = support;
    }

    @Override
    public School plan(SchoolDetails details, Optional<LocalDate> plannedOpening) {
        Actor actor = support.require(Permission.MANAGE_NETWORK);
        // A manager scoped to some schools could not even see the new one: adding schools is network-wide work.
        actor.requireWholeNetwork();
        Departement departement = readDetails(details);
        return records.add("school.planned", () -> School.plan(new SchoolId(support.newId()), details.name(),
                details.town(), details.region(), departement, plannedOpening));
    }

    @Override
    public School change(SchoolId id, long version, SchoolDetails details) {
        Departement departement = readDetails(details);
        return update(id, version, "school.changed",
                school -> school.rename(details.name(), details.town(), details.region(), departement));
    }

    @Override
    public School open(SchoolId id, long version, LocalDate on) {
        return update(id, version, "school.opened", school -> school.open(on));
    }

    @Override
    public School close(SchoolId id, long version, LocalDate on) {
        return update(id, version, "school.closed", school -> school.close(on));
    }

    @Override
    public School get(SchoolId id) {
        return records.readInScope(Permission.READ_NETWORK, id);
    }

    @Override
    public Page<School> list(SchoolFilter filter, Sort<SchoolSortKey> sort, PageRequest page) {
        return support.readWith(Permission.READ_NETWORK, actor -> schools.list(filter.scopedTo(actor), sort, page));
    }

    private School update(SchoolId id, long version, String action, UnaryOperator<School> change) {
        Actor actor = support.require(Permission.MANAGE_NETWORK);
        actor.requireSchool(id);
        return records.change(action, () -> records.find(id), version, change);
    }

    /** Checks every typed field at once, so the caller sees all mistakes together. */
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
